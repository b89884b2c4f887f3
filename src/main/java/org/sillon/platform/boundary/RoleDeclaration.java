package org.sillon.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Arrays;

/** Declares the security roles to the container from {@link Role}, so that they are named in one place. */
@WebListener
public class RoleDeclaration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().declareRoles(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}
