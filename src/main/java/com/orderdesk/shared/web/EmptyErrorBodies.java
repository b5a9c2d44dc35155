package com.orderdesk.shared.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator endpoints answer some errors with a status and no body (an unknown health component or
 * metric is a bare 404). Such an answer is turned into the container's error dispatch, so it is
 * the same problem+json as every other error ({@link ProblemErrorController}). Only bodiless error
 * answers are touched, and only under {@code /actuator}: the API writes its own problems, and
 * provider webhooks answer in their provider's words.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EmptyErrorBodies extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/actuator") && !path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Watched watched = new Watched(response);
        chain.doFilter(request, watched);
        if (watched.bodiless() && !response.isCommitted()) {
            response.sendError(watched.getStatus());
        } else if (watched.flushHeld) {
            response.flushBuffer();
        }
    }

    /** Holds back the flush (and the empty length) of an error answer until it is known to have no body. */
    private static final class Watched extends HttpServletResponseWrapper {

        private boolean written;
        private boolean flushHeld;

        Watched(HttpServletResponse response) {
            super(response);
        }

        boolean bodiless() {
            return getStatus() >= 400 && !written;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            written = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            written = true;
            return super.getWriter();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            written = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            written = true;
            super.sendError(status);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (bodiless()) {
                flushHeld = true;
            } else {
                super.flushBuffer();
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!(bodiless() && length == 0)) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!(bodiless() && length == 0)) {
                super.setContentLengthLong(length);
            }
        }
    }
}
