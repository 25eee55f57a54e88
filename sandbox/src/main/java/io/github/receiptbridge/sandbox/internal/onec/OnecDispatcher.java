package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.query.UrlDecoding;
import io.github.receiptbridge.sandbox.internal.onec.wire.ODataResponse;
import io.github.receiptbridge.sandbox.internal.onec.wire.OnecHtmlPages;
import io.github.receiptbridge.sandbox.internal.onec.wire.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MockWebServer dispatcher of the 1C simulator: logs the request, applies latency and forced HTML 500 pages,
 * answers paths outside the publication with the platform's HTML 404, checks HTTP Basic credentials (401), negotiates
 * the format (turning it into Atom when asked to), injects write failures, and lets the router answer; a bug in the
 * simulator becomes an HTML 500 page. Last, a JSON body may be cut in half.
 */
final class OnecDispatcher extends Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(OnecDispatcher.class);

  private final List<String> root;
  private final BasicCredentials credentials;
  private final ODataRouter router;
  private final OnecFaults faults;
  private final RequestLog log;

  OnecDispatcher(OnecSettings settings, BasicCredentials credentials, ODataRouter router, OnecFaults faults,
      RequestLog log) {
    List<String> rootSegments = new ArrayList<>(UrlDecoding.pathSegments(settings.basePath()));
    rootSegments.add("odata");
    rootSegments.add("standard.odata");
    this.root = List.copyOf(rootSegments);
    this.credentials = credentials;
    this.router = router;
    this.faults = faults;
    this.log = log;
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
    String target = recorded.getTarget();
    ByteString body = recorded.getBody();
    ODataRequest request = ODataRequest.of(recorded.getMethod(), target,
        recorded.getHeaders().get("Authorization"), recorded.getHeaders().get("Accept"),
        body == null ? new byte[0] : body.toByteArray());
    log.add(request.decodedLine());
    faults.applyLatency();
    ODataResponse response;
    if (faults.takeHtml500()) {
      response = ODataResponse.of(500, ODataResponse.HTML, OnecHtmlPages.serverError());
    } else {
      try {
        response = handle(request);
      } catch (RuntimeException bug) {
        LOG.error("OData sandbox failure on {}", request.decodedLine(), bug);
        response = ODataResponse.of(500, ODataResponse.HTML, OnecHtmlPages.serverError());
      }
    }
    if (response.hasJsonBody() && faults.takeMalformedJson()) {
      response = response.withBodyCutInHalf();
    }
    return toMockResponse(response);
  }

  private ODataResponse handle(ODataRequest request) {
    List<String> segments = request.segments();
    if (segments.size() < root.size() || !segments.subList(0, root.size()).equals(root)) {
      return ODataResponse.of(404, ODataResponse.HTML, OnecHtmlPages.notFound());
    }
    if (!credentials.accepts(request.authorization())) {
      return ODataResponse.of(401, ODataResponse.HTML, OnecHtmlPages.unauthorized())
          .withHeader("WWW-Authenticate", "Basic realm=\"1C:Enterprise\"");
    }
    if (faults.takeLoginPage()) {
      return ODataResponse.of(200, ODataResponse.HTML, OnecHtmlPages.loginPage());
    }
    List<String> service = segments.subList(root.size(), segments.size());
    ResponseFormat format;
    try {
      format = ResponseFormat.negotiate(request.parameter("$format"), request.accept());
    } catch (ODataError error) {
      return ODataResponse.error(error, ResponseFormat.ATOM);
    }
    boolean batch = service.size() == 1 && "$batch".equals(service.get(0));
    boolean atom = format.isJson() && !batch && faults.takeAtom();
    ODataResponse response = route(request, service, batch, atom ? ResponseFormat.ATOM : format);
    if (atom && !response.isAtomOrXmlError()) {
      // $metadata, $count, empty and action answers look the same in every format: not what was asked for.
      faults.giveBackAtom();
    }
    return response;
  }

  private ODataResponse route(ODataRequest request, List<String> service, boolean batch, ResponseFormat format) {
    try {
      if (request.isWrite() && !batch && faults.takeFailedWrite()) {
        throw ODataError.internal("Ошибка при записи (имитация сбоя)");
      }
      return router.route(request, service, format);
    } catch (ODataError error) {
      return ODataResponse.error(error, format);
    }
  }

  private static MockResponse toMockResponse(ODataResponse response) {
    MockResponse.Builder mock = new MockResponse.Builder().code(response.status());
    if (response.contentType() != null) {
      mock.setHeader("Content-Type", response.contentType());
      if (!response.contentType().startsWith("text/")) {
        mock.setHeader("DataServiceVersion", "3.0");
      }
    }
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      mock.addHeaderLenient(header.getKey(), header.getValue());
    }
    return mock.body(new Buffer().write(response.body())).build();
  }
}
