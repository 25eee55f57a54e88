package io.github.receiptbridge.onec.internal;

import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Url;

/**
 * The three HTTP verbs this client uses, on URLs that {@link ODataUrls} builds: OData URLs carry query options and
 * key predicates that do not fit Retrofit's path templates.
 */
interface ODataApi {
  /** A read. */
  @GET
  Call<ResponseBody> get(@Url HttpUrl url);

  /** A create. */
  @POST
  Call<ResponseBody> post(@Url HttpUrl url, @Body RequestBody body);

  /** A partial update. */
  @PATCH
  Call<ResponseBody> patch(@Url HttpUrl url, @Body RequestBody body);
}
