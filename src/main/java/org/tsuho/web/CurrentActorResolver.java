package org.tsuho.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Actors;

/** Lets controllers take the signed-in {@link Actor} as a parameter. */
@Component
class CurrentActorResolver implements HandlerMethodArgumentResolver {

    private final Actors actors;

    CurrentActorResolver(Actors actors) {
        this.actors = actors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        return actors.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
