package org.sillon.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.ResourceBundle;

/**
 * A form left open past the session's end comes back to the same page, with a message saying what happened,
 * instead of an error page. Nothing the form carried is applied.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            while (t instanceof FacesException && !(t instanceof ViewExpiredException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof ViewExpiredException expired) {
                events.remove();
                returnToPage(FacesContext.getCurrentInstance(), expired.getViewId());
            }
        }
        getWrapped().handle();
    }

    private static void returnToPage(FacesContext faces, String viewId) {
        ExternalContext external = faces.getExternalContext();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_WARN, msg.getString("view.expired"),
                msg.getString("view.expired.detail"));
        faces.addMessage(null, message);
        external.getFlash().setKeepMessages(true);
        String query = external.getRequestParameterMap().entrySet().stream()
                .filter(e -> e.getKey().equals("id"))
                .map(e -> "?id=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .findFirst().orElse("");
        try {
            String target = viewId == null ? "/index.xhtml" : viewId;
            external.redirect(external.getRequestContextPath() + target + query);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
