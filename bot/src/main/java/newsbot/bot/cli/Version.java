package newsbot.bot.cli;

import picocli.CommandLine;

final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newsbot " + (v == null ? "(development build)" : v)};
    }
}
