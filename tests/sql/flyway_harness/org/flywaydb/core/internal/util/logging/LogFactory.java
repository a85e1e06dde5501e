package org.flywaydb.core.internal.util.logging;

/** The harness's LogFactory: Flyway's picks a logging library; this one logs nothing. */
public class LogFactory {
    public static void setLogCreator(LogCreator logCreator) {
    }

    public static Log getLog(Class<?> clazz) {
        return (Log) java.lang.reflect.Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[]{Log.class},
                (proxy, method, arguments) -> null);
    }
}
