package com.orderdesk.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the REST API in-process through MockMvc, as an operator, an admin or anonymously, and
 * hands back status, headers and the parsed JSON body.
 */
@TestComponent
public class TestApi {

    private final MockMvc mvc;
    private final JsonMapper json;

    TestApi(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** A response: status, headers and body (JSON parsed when there is one). */
    public record Response(int status, MockHttpServletResponse raw, JsonNode json) {

        public String header(String name) {
            return raw.getHeader(name);
        }

        public String text() {
            try {
                return raw.getContentAsString(StandardCharsets.UTF_8);
            } catch (java.io.UnsupportedEncodingException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    public Caller asOperator() {
        return new Caller(builder -> builder.with(user("operator1").roles("OPERATOR")));
    }

    public Caller asAdmin() {
        return new Caller(builder -> builder.with(user("admin1").roles("ADMIN")));
    }

    public Caller anonymous() {
        return new Caller(builder -> { });
    }

    /** A caller with HTTP Basic credentials checked against the operator accounts in the database. */
    public Caller withBasic(String username, String password) {
        String token = java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Caller(builder -> builder.header(HttpHeaders.AUTHORIZATION, "Basic " + token));
    }

    public Caller withApiKey(String key) {
        return new Caller(builder -> builder.header("X-Api-Key", key));
    }

    public String toJson(Object body) {
        return json.writeValueAsString(body);
    }

    /** Requests made with one identity; extra headers can be added per call. */
    public final class Caller {

        private final Consumer<MockHttpServletRequestBuilder> identity;

        Caller(Consumer<MockHttpServletRequestBuilder> identity) {
            this.identity = identity;
        }

        /** GET with the URI taken as already encoded ({@code ?name=100%25} means "100%"). */
        public Response get(String uri) {
            return send(MockMvcRequestBuilders.request(HttpMethod.GET, java.net.URI.create(uri)), null);
        }

        public Response post(String uri, Object body) {
            return send(MockMvcRequestBuilders.request(HttpMethod.POST, uri), body);
        }

        /** A POST with extra headers given as name, value pairs (such as {@code Idempotency-Key}). */
        public Response post(String uri, Object body, String... headers) {
            return send(withHeaders(MockMvcRequestBuilders.request(HttpMethod.POST, uri), headers), body);
        }

        /**
         * A PATCH as a client makes it: without an {@code If-Match} among the headers, it reads the
         * resource first and sends the ETag it got (PATCH requires one).
         */
        public Response patch(String uri, Object body, String... headers) {
            return patchUnconditionally(uri, body, conditional(uri, headers));
        }

        /** Adds the resource's current ETag as {@code If-Match} unless the headers have one (or it has none). */
        private String[] conditional(String uri, String... headers) {
            for (int i = 0; i < headers.length; i += 2) {
                if (headers[i].equalsIgnoreCase(HttpHeaders.IF_MATCH)) {
                    return headers;
                }
            }
            String etag = get(uri).header(HttpHeaders.ETAG);
            return etag == null ? headers : java.util.stream.Stream.concat(java.util.Arrays.stream(headers),
                    java.util.stream.Stream.of(HttpHeaders.IF_MATCH, etag)).toArray(String[]::new);
        }

        /** A PATCH with exactly the given headers (no {@code If-Match} added). */
        public Response patchUnconditionally(String uri, Object body, String... headers) {
            return send(withHeaders(MockMvcRequestBuilders.request(HttpMethod.PATCH, uri), headers), body);
        }

        public Response delete(String uri) {
            return send(MockMvcRequestBuilders.request(HttpMethod.DELETE, uri), null);
        }

        /**
         * A PUT as a client makes it: without an {@code If-Match} among the headers, it reads the
         * resource first and sends the ETag it got (replacing an existing resource requires one).
         */
        public Response put(String uri, Object body, String... headers) {
            return putUnconditionally(uri, body, conditional(uri, headers));
        }

        /** A PUT with exactly the given headers (no {@code If-Match} added). */
        public Response putUnconditionally(String uri, Object body, String... headers) {
            return send(withHeaders(MockMvcRequestBuilders.request(HttpMethod.PUT, uri), headers), body);
        }

        /** POSTs bytes as {@code text/csv} (for CSV imports in a given encoding). */
        public Response postCsv(String uri, byte[] csv) {
            MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(HttpMethod.POST, uri);
            identity.accept(builder);
            builder.contentType("text/csv").content(csv).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            return perform(builder);
        }

        /** POSTs one file as {@code multipart/form-data} (as a browser upload form does). */
        public Response postFile(String uri, String partName, String fileName, byte[] content) {
            // The multipart builder is not a MockHttpServletRequestBuilder: take the identity over by merging.
            MockHttpServletRequestBuilder identified = MockMvcRequestBuilders.request(HttpMethod.POST, uri);
            identity.accept(identified);
            var builder = MockMvcRequestBuilders.multipart(uri)
                    .file(new org.springframework.mock.web.MockMultipartFile(partName, fileName, "text/csv", content));
            builder.merge(identified);
            builder.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            return perform(builder);
        }

        /** GET accepting any media type (for file downloads such as CSV); the body is in {@code raw}. */
        public Response download(String uri) {
            MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(HttpMethod.GET, java.net.URI.create(uri));
            identity.accept(builder);
            builder.accept(MediaType.ALL);
            return perform(builder);
        }

        /** Sends a raw body as it is (for malformed JSON). */
        public Response postRaw(String uri, String rawBody) {
            return send(MockMvcRequestBuilders.request(HttpMethod.POST, uri), new RawBody(rawBody));
        }

        private MockHttpServletRequestBuilder withHeaders(MockHttpServletRequestBuilder builder, String... headers) {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return builder;
        }

        private Response send(MockHttpServletRequestBuilder builder, Object body) {
            identity.accept(builder);
            builder.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            if (body != null) {
                String content = body instanceof RawBody raw ? raw.content() : body instanceof String s ? s : toJson(body);
                builder.contentType(MediaType.APPLICATION_JSON).content(content.getBytes(StandardCharsets.UTF_8));
            }
            return perform(builder);
        }

        private Response perform(org.springframework.test.web.servlet.RequestBuilder builder) {
            try {
                MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
                String content = response.getContentAsString(StandardCharsets.UTF_8);
                JsonNode node = content.isBlank() || !looksLikeJson(content) ? json.missingNode() : json.readTree(content);
                return new Response(response.getStatus(), response, node);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }

        private boolean looksLikeJson(String content) {
            char first = content.strip().charAt(0);
            return first == '{' || first == '[';
        }
    }

    private record RawBody(String content) {
    }
}
