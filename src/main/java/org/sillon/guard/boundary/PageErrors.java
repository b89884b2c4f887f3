package org.sillon.guard.boundary;

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
import java.time.Instant;
import java.util.Iterator;
import java.util.ResourceBundle;
import org.sillon.guard.control.MemoryWatch;

/**
 * What a page does with an exception. A form left open past the session's end comes back to the same page,
 * with a message saying what happened; nothing it carried is applied. Any other failure goes on to
 * PrimeFaces' handler (faces-config.xml), which logs it, resets a half-written Ajax answer and sends the
 * person to the error page of web.xml, Sillon's, in their language, naming nothing of the exception; an
 * OutOfMemoryError among them is recorded for the health check first.
 */
public class PageErrors extends ExceptionHandlerWrapper {

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageErrors(getWrapped().getExceptionHandler());
        }
    }

    public PageErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            while (t instanceof FacesException && !(t instanceof ViewExpiredException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof ViewExpiredException expired) {
                events.remove();
                returnToPage(faces, expired.getViewId());
            } else {
                MemoryWatch.observe(t, Instant.now());
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
        redirect(faces, (viewId == null ? "/index.xhtml" : viewId) + query);
    }

    private static void redirect(FacesContext faces, String target) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + target);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
