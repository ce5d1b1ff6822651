import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Showdesk's installers from target/showdesk.jar and target/lib (run by `mvn -Pinstaller package`):
 *
 * <ol>
 * <li>jdeps lists the JDK and JavaFX modules the jar and its libraries use;</li>
 * <li>jlink links a runtime with just those modules. JavaFX goes in as modules from the Maven jars — the
 *     configuration OpenJFX supports — with its native libraries moved out of the jars into the runtime's
 *     library folder, where they load directly instead of being unpacked into the user's home on first start;</li>
 * <li>jpackage wraps runtime and jars into an app-image (target/installer/Showdesk) and then into this
 *     system's installer: .deb on Linux, .msi on Windows, .dmg on macOS.</li>
 * </ol>
 *
 * Usage: java installer/Package.java NAME VERSION VENDOR MAINTAINER DESCRIPTION [TYPES]; TYPES is "auto" (the app-image
 * and this system's installer; on Linux also a .tar.gz of the app-image) or a comma list such as "app-image" or
 * "app-image,deb". On Windows "exe" instead of "msi" works too (both need WiX 3 on the PATH).
 * Every tool's exit code is checked: jpackage can fail with exit code 1 and no message.
 */
public final class Package {
    /** Modules loaded by name or service lookup, which jdeps cannot see in the bytecode. */
    private static final Map<String, String> ALWAYS = new LinkedHashMap<>();

    static {
        ALWAYS.put("jdk.charsets", "GBK/GB18030 and Big5 transcripts: java.base has only the standard charsets");
        ALWAYS.put("jdk.localedata", "Chinese dates, numbers and collation (only en and zh are kept)");
    }

    /**
     * JavaFX packages that ControlsFX reaches by reflection (setAccessible: Parent.getChildren in ImplUtils,
     * the table skin's fields in ReflectionUtils), which jdeps cannot see. On the class path, as in
     * `java -jar`, nothing is encapsulated; with JavaFX as modules these must be opened or the controls fail.
     */
    private static final List<String> REFLECTIVE_OPENS = List.of(
            "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED",
            "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED");

    /**
     * JVM options for the desktop launcher. On two cores the C2 compiler and parallel GC threads compete with the
     * JavaFX thread during start: with C1 only and the serial collector the window with a 100-episode show was
     * ready in 1.25-1.58 s instead of 2.05-2.63 s (WindowBench, 5 launches each). Steady work stays within its
     * aims: a warm 30,000-character scan 49 ms instead of 33 ms (aim 100), key-to-screen median 18.9 ms, p95 21 ms.
     * -Xmx512m: every input is bounded (transcripts 20 MB, glossaries 10 MB) and the largest fit in it (ADR 0001);
     * an input past that is refused with a message instead of the machine swapping for minutes.
     */
    private static final List<String> STARTUP_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

    private static final Pattern INTERNAL_USE = Pattern.compile(
            "^\\s+\\S+\\s+->\\s+(\\S+)\\s+(javafx\\.[a-z.]+)\\s+\\(internal\\)", Pattern.MULTILINE);
    private static final Pattern MODULE = Pattern.compile("(?:java|jdk|javafx)\\.[a-z.]+");

    private final String name;
    private final String version;
    private final String vendor;
    private final String description;
    private final String maintainer;
    private final Path project = Path.of("").toAbsolutePath();
    private final Path target = project.resolve("target");
    private final Path work = target.resolve("installer-work");
    private final Path dest = target.resolve("installer");
    private final Os os = Os.current();

    private Package(String name, String version, String vendor, String maintainer, String description) {
        this.name = name;
        this.version = version.replaceFirst("-.*", ""); // installers take numbers only: 0.2.0-SNAPSHOT -> 0.2.0
        this.vendor = vendor;
        this.maintainer = maintainer;
        this.description = description;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java installer/Package.java NAME VERSION VENDOR MAINTAINER DESCRIPTION [TYPES]");
            System.exit(2);
        }
        Package p = new Package(args[0], args[1], args[2], args[3], args[4]);
        List<String> types = p.types(args.length > 5 ? args[5] : "auto");
        try {
            p.build(types);
        } catch (PackagingFailed e) {
            System.err.println("installer: " + e.getMessage());
            System.exit(1);
        }
    }

    private List<String> types(String requested) {
        if (requested.isBlank() || requested.equals("auto")) {
            return os == Os.LINUX ? List.of("app-image", "deb", "tar.gz") : List.of("app-image", os.installerType);
        }
        return List.of(requested.split(","));
    }

    private void build(List<String> types) throws IOException, InterruptedException {
        Path jar = target.resolve("showdesk.jar");
        if (!Files.isRegularFile(jar)) throw new PackagingFailed(jar + " is missing: run `mvn package` first");
        deleteTree(work);
        deleteTree(dest);
        Files.createDirectories(dest);
        List<Path> fxJars = stageInput(jar);

        long start = System.nanoTime();
        String usage = jdeps(fxJars);
        Set<String> modules = modulesUsed(usage);
        Set<String> javafxAccess = javafxAccess(usage);
        System.out.println("installer: runtime modules " + modules);
        ALWAYS.forEach((module, why) -> System.out.println("installer:   + " + module + ": " + why));
        System.out.println("installer: JavaFX internals opened to the libraries on the class path " + javafxAccess);
        Path runtime = link(fxJars, modules);
        System.out.printf("installer: runtime linked in %.1f s, %s%n", seconds(start), megabytes(runtime));

        for (String type : types) {
            start = System.nanoTime();
            if (type.equals("app-image")) appImage(runtime, javafxAccess);
            else if (type.equals("tar.gz")) tarball();
            else installer(type);
            System.out.printf("installer: %s built in %.1f s%n", type, seconds(start));
        }
        try (Stream<Path> built = Files.list(dest)) {
            for (Path p : (Iterable<Path>) built.sorted()::iterator) System.out.println("installer: " + p + "  " + megabytes(p));
        }
    }

    /** Copies the jar and its libraries, except JavaFX, into jpackage's input; returns this system's JavaFX jars. */
    private List<Path> stageInput(Path jar) throws IOException {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve("showdesk.jar"));
        List<Path> fxJars = new ArrayList<>();
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path lib : (Iterable<Path>) libs.sorted()::iterator) {
                String file = lib.getFileName().toString();
                if (!file.startsWith("javafx-")) {
                    Files.copy(lib, input.resolve("lib").resolve(file));
                } else if (file.endsWith("-" + os.javafxClassifier + ".jar")) {
                    fxJars.add(lib); // the jars without a classifier are empty placeholders
                }
            }
        }
        if (fxJars.isEmpty()) throw new PackagingFailed("no JavaFX jars for " + os.javafxClassifier + " in target/lib");
        return fxJars;
    }

    /** jdeps' package-level report on the jar and every library: which module each package uses. */
    private String jdeps(List<Path> fxJars) throws IOException, InterruptedException {
        Path lib = work.resolve("input/lib");
        List<String> cmd = new ArrayList<>(List.of("jdeps", "--multi-release", "17", "--ignore-missing-deps",
                "-verbose:package", "--module-path", modulePath(fxJars), "--class-path", lib + java.io.File.separator + "*"));
        try (Stream<Path> jars = Files.list(lib)) {
            jars.sorted().forEach(j -> cmd.add(j.toString()));
        }
        cmd.add(work.resolve("input/showdesk.jar").toString());
        return run(true, cmd);
    }

    private static Set<String> modulesUsed(String jdepsReport) {
        Set<String> modules = new TreeSet<>(ALWAYS.keySet());
        for (String line : jdepsReport.split("\\R")) {
            // "a.jar -> java.sql" (summary) or "   org.a -> java.sql   java.sql" (one package's use)
            String[] t = line.trim().split("\\s+");
            if (t.length < 3 || !t[1].equals("->")) continue;
            String module = t.length == 3 ? t[2] : t[3];
            if (MODULE.matcher(module).matches()) modules.add(module);
        }
        return modules;
    }

    /** Launcher options that give the class path the JavaFX internals it uses, now that JavaFX is modular. */
    private static Set<String> javafxAccess(String jdepsReport) {
        Set<String> options = new TreeSet<>(REFLECTIVE_OPENS);
        Matcher internal = INTERNAL_USE.matcher(jdepsReport);
        while (internal.find()) options.add("--add-exports=" + internal.group(2) + "/" + internal.group(1) + "=ALL-UNNAMED");
        return options;
    }

    private Path link(List<Path> fxJars, Set<String> modules) throws IOException, InterruptedException {
        Path runtime = work.resolve("runtime");
        run(false, "jlink", "--verbose", "--module-path", modulePath(fxJars), "--add-modules", String.join(",", modules),
                "--output", runtime.toString(), "--strip-debug", "--strip-native-commands", "--no-header-files",
                "--no-man-pages", "--compress=2", "--include-locales=en,zh",
                "--exclude-resources=**.so,**.dll,**.dylib,**/javafx-swt.jar,**.sha1");
        int natives = copyNatives(fxJars, modules, runtime.resolve(os.nativeDir));
        System.out.println("installer: " + natives + " JavaFX native libraries moved into the runtime's " + os.nativeDir + "/");
        return runtime;
    }

    private static String modulePath(List<Path> jars) {
        return String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList());
    }

    private void appImage(Path runtime, Set<String> javafxAccess) throws IOException, InterruptedException {
        List<String> cmd = common("app-image");
        cmd.addAll(List.of("--input", work.resolve("input").toString(), "--main-jar", "showdesk.jar",
                "--main-class", "org.showdesk.Launcher", "--runtime-image", runtime.toString(),
                "--icon", project.resolve(os.icon).toString()));
        for (String option : javafxAccess) cmd.addAll(List.of("--java-options", option));
        for (String option : STARTUP_OPTIONS) cmd.addAll(List.of("--java-options", option));
        if (os == Os.MAC) cmd.addAll(List.of("--mac-package-identifier", "org.showdesk", "--mac-package-name", name));
        if (os == Os.WINDOWS) {
            cmd.addAll(List.of("--add-launcher", "showdesk-cli=" + project.resolve("installer/windows/showdesk-cli.properties")));
        }
        run(false, cmd);
    }

    private void installer(String type) throws IOException, InterruptedException {
        Path app = dest.resolve(os == Os.MAC ? name + ".app" : name);
        if (!Files.isDirectory(app)) throw new PackagingFailed("build the app-image before the " + type);
        Path association = work.resolve("showdesk-file.properties");
        Path documentIcon = project.resolve(os == Os.LINUX ? "installer/icons/showdesk-128.png" : os.icon);
        Files.writeString(association, Files.readString(project.resolve("installer/file-association.properties"))
                + "icon=" + documentIcon.toString().replace("\\", "/") + "\n");
        List<String> cmd = common(type);
        // the icon again: packaging an app-image would otherwise put jpackage's default icon in the menu entry
        cmd.addAll(List.of("--app-image", app.toString(), "--file-associations", association.toString(),
                "--icon", project.resolve(os.icon).toString()));
        Path resources = project.resolve("installer").resolve(os.folder);
        if (Files.isDirectory(resources)) cmd.addAll(List.of("--resource-dir", resources.toString()));
        switch (os) {
            case LINUX -> cmd.addAll(List.of("--linux-package-name", "showdesk", "--linux-menu-group", "AudioVideo;Office;",
                    "--linux-app-category", "video", "--linux-shortcut", "--linux-deb-maintainer", maintainer,
                    "--linux-package-deps", "libgtk-3-0"));
            case WINDOWS -> cmd.addAll(List.of("--win-menu", "--win-menu-group", name, "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", "5f0b6c3e-8d51-4f27-9a6e-0c2d7b4a9e31"));
            case MAC -> cmd.addAll(List.of("--mac-package-identifier", "org.showdesk", "--mac-package-name", name));
        }
        run(false, cmd);
    }

    /** The app-image as one archive, for Linux systems without dpkg: unpack anywhere and run Showdesk/bin/Showdesk. */
    private void tarball() throws IOException, InterruptedException {
        String arch = System.getProperty("os.arch").replace("amd64", "x64");
        Path archive = dest.resolve(name + "-" + version + "-linux-" + arch + ".tar.gz");
        Process tar = new ProcessBuilder("tar", "-C", dest.toString(), "-czf", archive.toString(), name).inheritIO().start();
        if (tar.waitFor() != 0) throw new PackagingFailed("tar failed with exit code " + tar.exitValue());
    }

    private List<String> common(String type) {
        return new ArrayList<>(List.of("jpackage", "--verbose", "--type", type, "--dest", dest.toString(),
                "--name", name, "--app-version", os.acceptedVersion(version), "--vendor", vendor,
                "--description", description, "--copyright", "Copyright the Showdesk authors"));
    }

    /** Moves JavaFX's native libraries of the linked modules where the JDK keeps its own (lib/, or bin/ on Windows). */
    private int copyNatives(List<Path> fxJars, Set<String> modules, Path into) throws IOException {
        int count = 0;
        for (Path jar : fxJars) {
            ModuleReference ref = ModuleFinder.of(jar).findAll().iterator().next();
            if (!modules.contains(ref.descriptor().name())) continue;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    String n = e.getName();
                    if (n.contains("/") || !(n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib"))) continue;
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, into.resolve(n), StandardCopyOption.REPLACE_EXISTING);
                    }
                    count++;
                }
            }
        }
        return count;
    }

    private String run(boolean capture, String... cmd) throws IOException, InterruptedException {
        return run(capture, List.of(cmd));
    }

    private String run(boolean capture, List<String> cmd) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(cmd);
        full.set(0, Path.of(System.getProperty("java.home"), "bin", cmd.get(0)).toString());
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        if (!capture) pb.inheritIO();
        Process process = pb.start();
        String out = capture ? new String(process.getInputStream().readAllBytes()) : "";
        int code = process.waitFor();
        if (code != 0) {
            throw new PackagingFailed(cmd.get(0) + " failed with exit code " + code + (capture ? ":\n" + out : "")
                    + "\n  command: " + String.join(" ", full));
        }
        return out;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String megabytes(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    enum Os {
        LINUX("linux", "linux", "lib", "deb", "installer/icons/showdesk.png"),
        WINDOWS("windows", "win", "bin", "msi", "installer/icons/showdesk.ico"),
        MAC("macos", "mac", "lib", "dmg", "installer/icons/showdesk.icns");

        final String folder;
        final String javafxClassifier;
        final String nativeDir;
        final String installerType;
        final String icon;

        Os(String folder, String javafxClassifier, String nativeDir, String installerType, String icon) {
            this.folder = folder;
            this.javafxClassifier = javafxClassifier;
            this.nativeDir = nativeDir;
            this.installerType = installerType;
            this.icon = icon;
        }

        static Os current() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return os.contains("win") ? WINDOWS : os.contains("mac") ? MAC : LINUX;
        }

        /**
         * jpackage on macOS refuses an app version whose first number is 0 (CFBundleVersion); the bundle then
         * says 1.y.z while `Showdesk --version` still reports the real version from the jar.
         */
        String acceptedVersion(String version) {
            if (this != MAC || !version.startsWith("0.")) return version;
            String bundle = "1." + version.substring(2);
            System.out.println("installer: macOS bundles cannot carry version " + version + "; using " + bundle);
            return bundle;
        }
    }

    static final class PackagingFailed extends RuntimeException {
        PackagingFailed(String message) {
            super(message);
        }
    }
}
