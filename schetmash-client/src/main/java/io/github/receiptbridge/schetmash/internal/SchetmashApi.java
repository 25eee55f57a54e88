package io.github.receiptbridge.schetmash.internal;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The four routes of API v1, relative to the base URL {@code .../lk/api/v1/}. Answers come back as raw bodies
 * because this API puts business errors in HTTP 200 bodies and framework errors in HTML pages; {@link
 * ResponseDecoder} sorts them out.
 */
public interface SchetmashApi {
  /** R1: a token for login and password. */
  @POST("token")
  Call<ResponseBody> token(@Body TokenRequest credentials);

  /** R2: register a receipt or a correction; the token travels only in the query string. */
  @POST("{shopId}/{operation}")
  Call<ResponseBody> register(
      @Path("shopId") long shopId,
      @Path("operation") String operation,
      @Query("token") String token,
      @Body Object request);

  /** R4: the report of a receipt by its id. */
  @GET("{shopId}/report/{id}")
  Call<ResponseBody> report(@Path("shopId") long shopId, @Path("id") long id, @Query("token") String token);

  /** R3: the report of a receipt by its external_id. */
  @GET("{shopId}/report")
  Call<ResponseBody> reportByExternalId(
      @Path("shopId") long shopId, @Query("token") String token, @Query("external_id") String externalId);
}
