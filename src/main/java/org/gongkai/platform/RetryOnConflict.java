package org.gongkai.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A court write whose transaction can lose a race to a concurrent one (the same submission
 * twice at once, two documents of one new case, a correction racing a withdrawal): when the
 * method owns its transaction, a unique-key race or a lock/version conflict is retried once
 * in a fresh transaction, and a second conflict answers 409 instead of 500. Every channel
 * uses this one policy ({@link ConflictRetryInterceptor}).
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnConflict {}
