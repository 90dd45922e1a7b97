package jsa.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code jsa --version}: the version Maven writes into the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"jsa " + version()};
    }

    static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "(development build, not run from the jar)" : version;
    }
}
