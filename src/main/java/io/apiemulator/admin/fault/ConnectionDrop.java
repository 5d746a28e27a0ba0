package io.apiemulator.admin.fault;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Drops a connection without sending a response, for the {@code connection_reset} fault: a servlet filter
 * cannot do that, so the filter marks the request and this Tomcat valve closes the socket afterwards.
 */
@Component
public class ConnectionDrop implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private static final String ATTRIBUTE = ConnectionDrop.class.getName();

    /** Asks for the connection of this request to be closed with nothing written. */
    public static void request(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new DropValve());
    }

    private static final class DropValve extends ValveBase {

        DropValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if (request.getAttribute(ATTRIBUTE) != null) {
                // discards anything still buffered and closes the socket: the client gets no HTTP response
                response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
            }
        }
    }
}
