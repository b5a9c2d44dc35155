package com.orderdesk.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Refuses a query parameter the endpoint does not read (400 naming it), so that a typo such as
 * {@code stauts=NEW} is not silently ignored and answered with every order. The names an endpoint
 * reads come from its handler method: {@code @RequestParam}s, simple parameters, and the
 * components or properties of a parameter object bound from the query ({@code OrderSearchParams}).
 * Endpoints that read the raw request or a parameter map decide for themselves.
 */
class KnownQueryParameters implements HandlerInterceptor {

    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> names = known.computeIfAbsent(method, KnownQueryParameters::namesReadBy);
        if (names.contains("*")) {
            return true;
        }
        Set<String> unknown = new TreeSet<>(UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().keySet());
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            String expected = names.isEmpty() ? "this endpoint takes no query parameters"
                    : "not a parameter of this endpoint (known: " + String.join(", ", new TreeSet<>(names)) + ")";
            throw new InvalidInput(unknown.stream().map(name -> new FieldError(name, expected)).toList());
        }
        return true;
    }

    private static Set<String> namesReadBy(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (ServletRequest.class.isAssignableFrom(type) || WebRequest.class.isAssignableFrom(type)
                    || ((requestParam != null) && (Map.class.isAssignableFrom(type) || MultiValueMap.class.isAssignableFrom(type)))) {
                return Set.of("*");
            }
            if (requestParam != null) {
                names.add(requestParam.name().isEmpty() ? nameOf(parameter) : requestParam.name());
            } else if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class) || parameter.hasParameterAnnotation(RequestPart.class)) {
                continue;
            } else if (BeanUtils.isSimpleProperty(type) || Collection.class.isAssignableFrom(type)) {
                names.add(nameOf(parameter));
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else if (!type.getName().startsWith("java.") && !type.getName().startsWith("jakarta.")
                    && !type.getName().startsWith("org.springframework.")) {
                for (var property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null) {
                        names.add(property.getName());
                    }
                }
            }
        }
        return names;
    }

    private static String nameOf(MethodParameter parameter) {
        @Nullable String name = parameter.getParameterName();
        return name == null ? "" : name;
    }
}
