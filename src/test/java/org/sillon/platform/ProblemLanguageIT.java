package org.sillon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;

/**
 * Problem documents carry the message key of what went wrong and are worded in the caller's language
 * ({@code Accept-Language}: French or English), English when it names neither; so are import reports.
 */
@ExtendWith(ArquillianExtension.class)
class ProblemLanguageIT {

    @ArquillianResource
    URL base;

    private Api admin(String language) {
        Api api = Api.at(base).admin();
        return language == null ? api : api.header("Accept-Language", language);
    }

    private Api.Reply badEmail(String language) {
        return admin(language).post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", "Langue", "email", "anne@"));
    }

    private static JsonObject error(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void aRefusalIsInFrenchForAFrenchCallerWithItsKey() {
        Api.Reply fr = badEmail("fr-FR,fr;q=0.9,en;q=0.5");
        assertEquals(400, fr.status(), fr.body());
        assertEquals("application/problem+json", fr.header("Content-Type"));
        JsonObject p = fr.json();
        assertEquals("https://sillon.org/problems/invalid-request", p.getString("type"));
        assertEquals("Requête invalide", p.getString("title"));
        assertEquals("email : n'est pas une adresse électronique valide", p.getString("detail"));
        assertEquals("email.invalid", p.getString("key"));
        assertEquals("email", error(fr).getString("field"));
        assertEquals("n'est pas une adresse électronique valide", error(fr).getString("message"));
        assertEquals("email.invalid", error(fr).getString("key"));
    }

    @Test
    void aRefusalIsInEnglishForAnEnglishCallerAndForOneThatNamesNoLanguage() {
        for (String language : java.util.Arrays.asList("en", null, "de")) {
            Api.Reply en = badEmail(language);
            assertEquals(400, en.status(), en.body());
            JsonObject p = en.json();
            assertEquals("Invalid request", p.getString("title"), language);
            assertEquals("email: is not a valid email address", p.getString("detail"), language);
            assertEquals("email.invalid", p.getString("key"));
            assertEquals("is not a valid email address", error(en).getString("message"));
            assertEquals("email.invalid", error(en).getString("key"));
        }
    }

    @Test
    void theApiAndTheGuardAnswerInTheCallersLanguageToo() {
        Api.Reply notFound = admin("fr").get("/api/v1/persons/999999999");
        assertEquals(404, notFound.status(), notFound.body());
        assertEquals("La personne 999999999 n'existe pas", notFound.json().getString("detail"));
        assertEquals("notFound.person", notFound.json().getString("key"));

        Api.Reply nowhere = admin("fr").get("/api/v1/nowhere");
        assertEquals(404, nowhere.status(), nowhere.body());
        assertEquals("Introuvable", nowhere.json().getString("title"));
        assertEquals("http.404", nowhere.json().getString("key"));

        Api.Reply parameter = admin("fr").get("/api/v1/persons?size=abc");
        assertEquals(400, parameter.status(), parameter.body());
        assertEquals("doit être un nombre entier", error(parameter).getString("message"));
        assertEquals("wholeNumber", error(parameter).getString("key"));

        Api.Reply malformed = admin("fr").post("/api/v1/persons", "{\"firstName\": ");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(error(malformed).getString("message").startsWith("JSON mal formé"), malformed.body());

        Api.Reply anonymous = Api.at(base).header("Accept-Language", "fr").get("/api/v1/me");
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals("Authentification requise", anonymous.json().getString("title"));
        assertEquals("unauthenticated", anonymous.json().getString("key"));

        Api.Reply badToken = Api.at(base).as("sil_thisTokenDoesNotExist0000000000000000").header("Accept-Language", "fr")
                .get("/api/v1/me");
        assertEquals(401, badToken.status(), badToken.body());
        assertEquals("Le jeton d'API est inconnu, révoqué ou expiré.", badToken.json().getString("detail"));
    }

    @Test
    void anImportReportIsWordedForEachReaderFromWhatWasStored() throws InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = ("Civilité;Nom;Prénom;Courriel\nDocteur;Langue;Anne;anne." + tag + "@example.org\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply uploaded = admin("fr").sendBytes("POST", "/api/v1/imports?filename=langue.csv", csv, "text/csv");
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject problem = uploaded.json().getJsonArray("preview").getJsonObject(0).getJsonArray("problems")
                .getJsonObject(0);
        assertEquals("civility", problem.getString("field"));
        assertEquals("n'est pas une civilité (M., Mme, Mx)", problem.getString("message"));
        assertEquals("import.civility", problem.getString("key"));

        String location = uploaded.header("Location");
        Api.Reply run = admin(null).header("If-Match", uploaded.etag()).sendBytes("POST", location + "/run", null, null);
        assertEquals(202, run.status(), run.body());
        for (int i = 0; i < 240 && List.of("UPLOADED", "RUNNING").contains(admin(null).get(location).json()
                .getString("status")); i++) {
            Thread.sleep(250);
        }
        JsonObject fr = admin("fr").get(location + "/lines?outcome=ERROR").json().getJsonArray("items").getJsonObject(0);
        assertEquals("n'est pas une civilité (M., Mme, Mx)", fr.getString("message"), fr.toString());
        assertEquals("import.civility", fr.getString("key"));
        JsonObject en = admin(null).get(location + "/lines?outcome=ERROR").json().getJsonArray("items").getJsonObject(0);
        assertEquals("is not a civility (M., Mme, Mx)", en.getString("message"), en.toString());
    }
}
