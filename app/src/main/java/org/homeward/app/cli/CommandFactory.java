package org.homeward.app.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Creates the command objects: a command or mixin whose constructor takes {@link SpringContexts} gets one;
 * any other is created by picocli's default factory.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class CommandFactory implements CommandLine.IFactory {

    private final SpringContexts spring;

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> constructor;
        try {
            constructor = type.getDeclaredConstructor(SpringContexts.class);
        } catch (NoSuchMethodException noSpring) {
            return CommandLine.defaultFactory().create(type);
        }
        constructor.setAccessible(true);
        return constructor.newInstance(spring);
    }
}
