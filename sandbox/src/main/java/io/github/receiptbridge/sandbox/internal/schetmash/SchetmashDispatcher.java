package io.github.receiptbridge.sandbox.internal.schetmash;

import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpCrashException;
import io.github.receiptbridge.sandbox.internal.schetmash.php.PhpQueryString;
import io.github.receiptbridge.sandbox.internal.schetmash.wire.WireResponse;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MockWebServer dispatcher of the Счетмаш simulator: applies latency, answers the simulator's own inspection
 * route (which no other fault touches), applies forced 500s, routes the request, lets the endpoint answer,
 * turns PHP crashes into the HTML 500 page and, when asked, drops the connection after a registration was
 * committed or cuts a JSON body in half.
 */
final class SchetmashDispatcher extends Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(SchetmashDispatcher.class);

  private final SchetmashRouter router = new SchetmashRouter();
  private final TokenEndpoint tokenEndpoint;
  private final RegisterEndpoint registerEndpoint;
  private final ReportEndpoint reportEndpoint;
  private final InspectionEndpoint inspectionEndpoint;
  private final SchetmashFaults faults;

  SchetmashDispatcher(TokenEndpoint tokenEndpoint, RegisterEndpoint registerEndpoint,
      ReportEndpoint reportEndpoint, InspectionEndpoint inspectionEndpoint, SchetmashFaults faults) {
    this.tokenEndpoint = tokenEndpoint;
    this.registerEndpoint = registerEndpoint;
    this.reportEndpoint = reportEndpoint;
    this.inspectionEndpoint = inspectionEndpoint;
    this.faults = faults;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    faults.applyLatency();
    if (inspectionEndpoint.matches(pathOf(request))) {
      return toMockResponse(inspectionEndpoint.handle(request.getMethod()));
    }
    if (faults.takeHtml500()) {
      return toMockResponse(WireResponse.serverError());
    }
    WireResponse response;
    try {
      response = handle(request);
    } catch (PhpCrashException crash) {
      LOG.debug("PHP would crash on {} {}: {}", request.getMethod(), pathOf(request), crash.getMessage());
      response = WireResponse.serverError();
    } catch (RuntimeException bug) {
      LOG.error("Sandbox failure on {} {}", request.getMethod(), pathOf(request), bug);
      response = WireResponse.serverError();
    }
    if (response.committedRegistration() && faults.takeDropAfterCommit()) {
      // the request was read in full and committed; the connection closes before a byte of the answer
      return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }
    if (response.hasJsonBody() && faults.takeMalformedJson()) {
      response = response.withBodyCutInHalf();
    }
    return toMockResponse(response);
  }

  private WireResponse handle(RecordedRequest request) {
    String target = pathOf(request);
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    PhpQueryString query = PhpQueryString.parse(question < 0 ? null : target.substring(question + 1));
    SchetmashRouter.Resolution resolution = router.resolve(request.getMethod(), path);
    if (!resolution.found()) {
      switch (resolution.failureStatus()) {
        case 200: return WireResponse.options(resolution.allow());
        case 405: return WireResponse.methodNotAllowed(resolution.allow());
        default: return WireResponse.notFound();
      }
    }
    Route route = resolution.route();
    WireResponse response;
    switch (route.kind()) {
      case TOKEN:
        response = tokenEndpoint.handle(bodyOf(request));
        break;
      case REGISTER:
        response = registerEndpoint.handle(route, query, bodyOf(request));
        break;
      default:
        response = reportEndpoint.handle(route, query);
        break;
    }
    return route.head() ? response.withoutBody() : response;
  }

  private static String pathOf(RecordedRequest request) {
    return request.getTarget();
  }

  private static byte[] bodyOf(RecordedRequest request) {
    ByteString body = request.getBody();
    return body == null ? new byte[0] : body.toByteArray();
  }

  private static MockResponse toMockResponse(WireResponse response) {
    MockResponse.Builder mock = new MockResponse.Builder()
        .status("HTTP/1.1 " + response.status() + " " + response.reasonPhrase())
        .setHeader("Content-Type", response.contentType());
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      mock.setHeader(header.getKey(), header.getValue());
    }
    return mock.body(new Buffer().write(response.body())).build();
  }
}
