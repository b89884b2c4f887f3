package org.sillon.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.primefaces.component.api.UICalendar;
import org.primefaces.util.CalendarUtils;
import org.primefaces.util.ComponentUtils;
import org.sillon.platform.control.Problem;
import org.sillon.platform.control.ProblemException;

/** Small helpers for view beans: translated messages, and refusals shown beside the field they name. */
public final class Faces {

    private Faces() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /**
     * Shows a refusal, in the person's language, beside each field it names: the input whose id is the
     * field's name (dots become underscores: "address.postalCode" is the input "address_postalCode") inside
     * {@code formId}, or at the top of the page when the form has no such input.
     */
    public static void show(ProblemException refusal, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Problem p = refusal.problem(faces.getViewRoot().getLocale());
        if (p.errors().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.detail(), null));
        } else {
            for (Problem.FieldError e : p.errors()) {
                String id = e.field().replace('.', '_');
                UIComponent input = faces.getViewRoot().findComponent(":" + formId + ":" + id);
                String clientId = input == null ? null : input.getClientId(faces);
                // beside its field, or at the top of the page where it speaks for itself
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(e.message()), null));
                if (input instanceof UIInput ui) {
                    keepTyped(faces, ui);
                    ui.setValid(false);
                }
            }
        }
        faces.validationFailed();
    }

    /**
     * A field's refusal as a sentence beside it: the problems bundle words it to follow a field's name
     * ("phone: is not a valid phone number"), here it stands alone.
     */
    static String sentence(String message) {
        String m = message.strip();
        if (m.isEmpty()) {
            return m;
        }
        String capitalised = m.substring(0, 1).toUpperCase(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                + m.substring(1);
        return capitalised.matches("(?s).*[.!?…]$") ? capitalised : capitalised + ".";
    }

    /**
     * A refusal comes after the model took the typed values, so the input has no submitted value left; and an
     * invalid input without one renders empty in PrimeFaces when empty strings are nulls, as here. The model's
     * value is what was typed: it goes back as the submitted value, written as the input writes it.
     */
    private static void keepTyped(FacesContext faces, UIInput input) {
        if (input.getSubmittedValue() != null || input.getValue() instanceof java.util.Collection) {
            return; // chips render their list, not a submitted value
        }
        input.setSubmittedValue(input instanceof UICalendar calendar ? CalendarUtils.getValueAsString(faces, calendar)
                : ComponentUtils.getValueToRender(faces, input));
    }

    /** Answers 404 for a page whose record does not exist (a stale link, a typed URL). */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (java.io.IOException e) {
            throw new jakarta.faces.FacesException(e);
        }
        faces.responseComplete();
    }

    /**
     * Runs a page action that changes data and returns its outcome. Refused when the person's roles do not
     * allow it; a stale version shows "changed by someone else" and runs {@code reloadOnStale}; any other
     * refusal shows beside the fields it names in {@code formId}.
     */
    public static String attempt(boolean allowed, String formId, java.util.function.Supplier<String> action,
            Runnable reloadOnStale) {
        if (!allowed) {
            error("form.readOnly");
            return null;
        }
        try {
            return action.get();
        } catch (ProblemException e) {
            if (e.status() == 412 && reloadOnStale != null) {
                error("form.stale");
                reloadOnStale.run();
            } else {
                show(e, formId);
            }
            return null;
        }
    }
}
