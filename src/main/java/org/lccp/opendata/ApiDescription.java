package org.lccp.opendata;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the generated description of {@code /api/v1} with what every operation
 * shares, so that no controller has to repeat it and a new module's API is complete for
 * client generators from its first endpoint: the bearer-token scheme, the security of
 * each operation (reading is open, a token is optional and raises the rate limit;
 * operations that declare the token need it), and the RFC 9457 problem details every
 * operation may answer with. Summaries stay with the operations: they are the one thing
 * only the controller can say.
 */
final class ApiDescription implements OpenApiCustomizer {

	static final String TOKEN = "token";

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Map<String, String> PROBLEMS = Map.of("400",
			"The request is malformed or a parameter or field is invalid; the problem names it", "401",
			"No valid API token was given", "403", "The token's account or scope does not allow this", "404",
			"No such record, or not public", "406", "The requested representation is not offered", "409",
			"The record changed since it was read (optimistic locking); read it again", "413",
			"The request body is too large", "415", "The request body's media type is not accepted", "429",
			"Too many requests for this token or address; retry after the Retry-After header's seconds");

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new io.swagger.v3.oas.models.Components());
		}
		var components = api.getComponents();
		components.addSecuritySchemes(TOKEN,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("Personal API token (lccp_…) made on the account page"));
		components.addSchemas(PROBLEM, problemSchema());
		PROBLEMS.forEach((status, description) -> components.addResponses(problemName(status),
				new ApiResponse().description(description)
					.content(new Content().addMediaType(PROBLEM_JSON,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
		// Relative: the description is served by the platform it describes, whatever its
		// public address.
		api.setServers(List.of(new Server().url("/").description("This platform")));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			complete(path, method, operation);
		}));
	}

	private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
		boolean tokenRequired = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
		if (!tokenRequired) {
			// Anonymous, or with a token for its own rate limit.
			operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(TOKEN)));
		}
		var responses = operation.getResponses();
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		boolean takesInput = (operation.getParameters() != null && !operation.getParameters().isEmpty())
				|| operation.getRequestBody() != null;
		if (takesInput) {
			addProblem(responses, "400");
		}
		if (tokenRequired) {
			addProblem(responses, "401");
			addProblem(responses, "403");
		}
		if (path.contains("{")) {
			addProblem(responses, "404");
		}
		if (method == PathItem.HttpMethod.PUT) {
			addProblem(responses, "409");
		}
		if (operation.getRequestBody() != null) {
			addProblem(responses, "413");
			addProblem(responses, "415");
		}
		addProblem(responses, "406");
		addProblem(responses, "429");
	}

	private static void addProblem(ApiResponses responses, String status) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + problemName(status)));
		}
	}

	private static String problemName(String status) {
		return "Problem" + status;
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new java.util.LinkedHashMap<>();
		properties.put("type", new StringSchema().format("uri-reference")
			.description("A URI reference that identifies the problem type"));
		properties.put("title", new StringSchema().description("Short summary of the problem type, localised"));
		properties.put("status", new IntegerSchema().description("The HTTP status code"));
		properties.put("detail", new StringSchema().description("What went wrong in this request, localised"));
		properties.put("instance",
				new StringSchema().format("uri-reference").description("The request path the problem occurred at"));
		return new ObjectSchema().description("Problem details (RFC 9457)").properties(properties);
	}

}
