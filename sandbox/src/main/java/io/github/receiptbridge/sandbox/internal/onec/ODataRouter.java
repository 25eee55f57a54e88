package io.github.receiptbridge.sandbox.internal.onec;

import io.github.receiptbridge.sandbox.internal.onec.model.BpSchema;
import io.github.receiptbridge.sandbox.internal.onec.model.EntityTypeDef;
import io.github.receiptbridge.sandbox.internal.onec.model.ODataError;
import io.github.receiptbridge.sandbox.internal.onec.query.QueryOptions;
import io.github.receiptbridge.sandbox.internal.onec.store.Composition;
import io.github.receiptbridge.sandbox.internal.onec.wire.AtomBodies;
import io.github.receiptbridge.sandbox.internal.onec.wire.ODataResponse;
import io.github.receiptbridge.sandbox.internal.onec.wire.ResponseFormat;
import java.util.List;

/**
 * Sends an authenticated request below the service root to its handler by resource and method. Unknown or
 * unpublished sets are 404 / 8; {@code $batch} is 501 with an XML {@code <m:error>} code 0, as 1C has no batch.
 */
final class ODataRouter {
  private final Composition composition;
  private final ReadHandler reads;
  private final ObjectWriteHandler objects;
  private final RegisterWriteHandler register;
  private final ActionHandler actions;

  ODataRouter(Composition composition, ReadHandler reads, ObjectWriteHandler objects, RegisterWriteHandler register,
      ActionHandler actions) {
    this.composition = composition;
    this.reads = reads;
    this.objects = objects;
    this.register = register;
    this.actions = actions;
  }

  /**
   * Handles the request.
   *
   * @param service the decoded path segments after {@code odata/standard.odata/}
   * @throws ODataError for every error answer in {@code format}
   */
  ODataResponse route(ODataRequest request, List<String> service, ResponseFormat format) {
    ResourcePath path = ResourcePath.parse(service);
    String method = request.method();
    switch (path.kind()) {
      case BATCH:
        return ODataResponse.of(501, ODataResponse.XML, AtomBodies.error("0", "Произошла ошибка сервиса"));
      case SERVICE_DOCUMENT:
        requireGet(method);
        return reads.serviceDocument(format);
      case METADATA:
        requireGet(method);
        return reads.metadata();
      default:
        break;
    }
    EntityTypeDef type = BpSchema.entitySet(path.set());
    if (type == null || !composition.isPublished(path.set())) {
      throw ODataError.entitySetNotFound(path.set());
    }
    QueryOptions options = QueryOptions.parse(request.parameters());
    switch (path.kind()) {
      case COUNT:
        requireGet(method);
        return reads.count(type, options);
      case ACTION:
        if (!"POST".equals(method) || type.kind() != EntityTypeDef.Kind.DOCUMENT) {
          throw ODataError.methodNotAllowed(method);
        }
        return actions.run(path.action(), path.key(), request.parameter("PostingModeOperational"), format);
      case COLLECTION:
        return collection(type, request, options, format);
      default:
        return entity(type, path.key(), request, options, format);
    }
  }

  private ODataResponse collection(EntityTypeDef type, ODataRequest request, QueryOptions options,
      ResponseFormat format) {
    switch (request.method()) {
      case "GET":
        return reads.collection(type, options, format);
      case "POST":
        return type.kind() == EntityTypeDef.Kind.INFORMATION_REGISTER ? register.create(request.body(), format)
            : objects.create(type, request.body(), format);
      default:
        throw ODataError.methodNotAllowed(request.method());
    }
  }

  private ODataResponse entity(EntityTypeDef type, String key, ODataRequest request, QueryOptions options,
      ResponseFormat format) {
    boolean isRegister = type.kind() == EntityTypeDef.Kind.INFORMATION_REGISTER;
    switch (request.method()) {
      case "GET":
        return reads.entity(type, key, options, format);
      case "PATCH":
      case "MERGE":
      case "PUT":
        return isRegister ? register.update(key, request.body(), format)
            : objects.update(type, key, request.body(), "PUT".equals(request.method()), format);
      case "DELETE":
        return isRegister ? register.delete(key) : objects.delete(type, key);
      default:
        throw ODataError.methodNotAllowed(request.method());
    }
  }

  private static void requireGet(String method) {
    if (!"GET".equals(method)) {
      throw ODataError.methodNotAllowed(method);
    }
  }
}
