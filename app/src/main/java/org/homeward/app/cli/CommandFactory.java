package org.homeward.app.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

/**
 * Creates the command objects: a command whose constructor takes {@link SpringContexts} gets one;
 * any other is created by picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final SpringContexts spring;

    CommandFactory(SpringContexts spring) {
        this.spring = spring;
    }

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
