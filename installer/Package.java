import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
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
import java.util.zip.ZipOutputStream;

/**
 * Builds Showdesk's installers from target/showdesk.jar and target/lib (run by `mvn -Pinstaller package`):
 *
 * <ol>
 * <li>jdeps lists the JDK and JavaFX modules the jar and its libraries use;</li>
 * <li>jlink links a runtime with just those modules. JavaFX goes in as modules from the Maven jars — the
 *     configuration OpenJFX supports — with its native libraries moved out of the jars into the runtime's
 *     library folder, where they load directly instead of being unpacked into the user's home on first start;</li>
 * <li>jpackage wraps runtime and jars into an app-image (target/installer/Showdesk);</li>
 * <li>a class-data archive is dumped into the image ({@link ClassDataArchive}), no display needed;</li>
 * <li>jpackage wraps a copy of the image into this system's installer: .deb on Linux, .msi on Windows, .dmg on
 *     macOS.</li>
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
     * The class-data archive ({@link ClassDataArchive}) then takes a quarter of the CPU to ready off.
     */
    private static final List<String> STARTUP_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
            "-XX:SharedArchiveFile=$APPDIR/" + ClassDataArchive.ARCHIVE);

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
    /** Where the launcher finds SQLite's native library (see {@link SqliteNative}). */
    private List<String> sqliteOptions = List.of();

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

        Path distributable = null;
        for (String type : types) {
            start = System.nanoTime();
            if (type.equals("app-image")) {
                appImage(runtime, javafxAccess);
                classData(image()).build(runtime.resolve("lib/classlist"), jar, monocle());
            } else {
                if (distributable == null) distributable = distributable();
                if (type.equals("tar.gz")) tarball(distributable);
                else installer(type, distributable);
            }
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
                if (file.startsWith("sqlite-jdbc-")) {
                    sqliteOptions = SqliteNative.unpack(lib, input.resolve("lib").resolve(file), input.resolve(SqliteNative.DIR));
                } else if (!file.startsWith("javafx-")) {
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
        for (String option : sqliteOptions) cmd.addAll(List.of("--java-options", option));
        if (os == Os.MAC) cmd.addAll(List.of("--mac-package-identifier", "org.showdesk", "--mac-package-name", name));
        if (os == Os.WINDOWS) {
            cmd.addAll(List.of("--add-launcher", "showdesk-cli=" + project.resolve("installer/windows/showdesk-cli.properties")));
        }
        run(false, cmd);
    }

    /** JavaFX's headless test platform, copied by the installer profile, for the window's training run. */
    private Path monocle() throws IOException {
        Path tools = target.resolve("installer-tools");
        try (Stream<Path> jars = Files.exists(tools) ? Files.list(tools) : Stream.empty()) {
            return jars.filter(p -> p.getFileName().toString().startsWith("openjfx-monocle-")).findFirst()
                    .orElseThrow(() -> new PackagingFailed("no openjfx-monocle jar in " + tools
                            + ": run the build through `mvn -Pinstaller package`"));
        }
    }

    /** The app-image in target/installer. */
    private Path image() {
        return dest.resolve(os == Os.MAC ? name + ".app" : name);
    }

    private ClassDataArchive classData(Path image) {
        return new ClassDataArchive(os.launcher(image, name), os.appDir(image), work.resolve("class-data"));
    }

    /**
     * A copy of the app-image for the installers and the tarball, which unpack it elsewhere: its class-data archive
     * holds only the runtime image's classes, which stay valid in any folder (see {@link ClassDataArchive}).
     */
    private Path distributable() throws IOException, InterruptedException {
        Path image = image();
        if (!Files.isDirectory(image)) throw new PackagingFailed("build the app-image before the installers");
        Path copy = work.resolve("distributable").resolve(image.getFileName());
        copyTree(image, copy);
        classData(copy).rebuildRelocatable();
        return copy;
    }

    private void installer(String type, Path app) throws IOException, InterruptedException {
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
    private void tarball(Path app) throws IOException, InterruptedException {
        String arch = System.getProperty("os.arch").replace("amd64", "x64");
        Path archive = dest.resolve(name + "-" + version + "-linux-" + arch + ".tar.gz");
        Process tar = new ProcessBuilder("tar", "-C", app.getParent().toString(), "-czf", archive.toString(),
                app.getFileName().toString()).inheritIO().start();
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

    /** Copies a tree as it is, files' times included (a class-data archive checks the times of the jars it read). */
    private static void copyTree(Path from, Path to) throws IOException {
        deleteTree(to);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.createDirectories(q);
                else Files.copy(p, q, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
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

        /** The launcher that runs the command line and prints to the console. */
        Path launcher(Path image, String name) {
            return switch (this) {
                case LINUX -> image.resolve("bin").resolve(name);
                case WINDOWS -> image.resolve("showdesk-cli.exe");
                case MAC -> image.resolve("Contents/MacOS").resolve(name);
            };
        }

        /** The folder jpackage's $APPDIR stands for: the jars and the launcher's configuration. */
        Path appDir(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("lib/app");
                case WINDOWS -> image.resolve("app");
                case MAC -> image.resolve("Contents/app");
            };
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

/**
 * The class-data archive (AppCDS) the launcher maps at start ({@code -XX:SharedArchiveFile=$APPDIR/showdesk.jsa}):
 * about 6,500 classes, the window's lambdas included, come from it parsed, verified and laid out, instead of being
 * read one by one from the jars and the runtime image and spun at run time.
 *
 * <p>It is dumped from a class list, and nothing needs a display: the runtime's own list (the JDK's start-up classes);
 * what the window loads while it opens the demo show for a new user, recorded from the real window run headless
 * under Monocle (the test platform, from target/installer-tools) until shortly after the first transcript is on
 * screen; and what a few headless commands load on a throw-away show (the command line, rendering, import). Every
 * build records the list afresh, so it follows the window as it changes. It ships beside the archive
 * ({@code showdesk.classlist}) so an installed copy can be dumped again where it lives.
 *
 * <p>JDK 17 ties an archive that holds classes from jars to the absolute paths of those jars (and their sizes and
 * times): moved elsewhere, the JVM ignores it without a word and starts as if it had none. So the app-image in
 * target/installer gets an archive with everything, valid there; the installers and the tarball, unpacked elsewhere,
 * get one with only the runtime image's classes (JDK and JavaFX), which is valid in any folder; the .deb's postinst
 * dumps the full one again in /opt/showdesk.
 */
final class ClassDataArchive {
    static final String ARCHIVE = "showdesk.jsa";
    static final String CLASS_LIST = "showdesk.classlist";
    /** The window's training run ends this long after the first transcript is on screen: preview and segmenter load. */
    private static final long AFTER_READY_MS = 2000;
    private static final long READY_TIMEOUT_S = 180;
    private static final String DEMO = "demo/ai-weekly-demo.txt";

    private final Path launcher;
    private final Path appDir;
    private final Path work;

    ClassDataArchive(Path launcher, Path appDir, Path work) {
        this.launcher = launcher;
        this.appDir = appDir;
        this.work = work;
    }

    /** Writes the class list into the image and dumps the archive for the image where it is. */
    void build(Path runtimeClassList, Path jar, Path monocle) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Package.deleteTree(work);
        Files.createDirectories(work);
        Set<String> list = new LinkedHashSet<>(classListLines(Files.readAllLines(runtimeClassList)));
        list.addAll(windowTraining(jar, monocle));
        list.addAll(headlessTraining(jar));
        Files.write(appDir.resolve(CLASS_LIST), list);
        dump(false);
        System.out.printf("installer: class-data archive %s (%d lines of class list) in %.1f s: %s%n", ARCHIVE,
                list.size(), (System.nanoTime() - start) / 1e9, verify());
    }

    /** Replaces the archive with one of the runtime image's classes only, valid wherever the image is unpacked. */
    void rebuildRelocatable() throws IOException, InterruptedException {
        dump(true);
        System.out.println("installer: class-data archive for installers (JDK and JavaFX classes only): " + verify());
    }

    /**
     * Opens the window as a new user's first start does (the demo show), from target/showdesk.jar under Monocle
     * headless, and returns what it loaded until {@link #AFTER_READY_MS} after the first transcript was on screen.
     */
    private List<String> windowTraining(Path jar, Path monocle) throws IOException, InterruptedException {
        Path list = work.resolve("window.classlist");
        Path log = work.resolve("window.log");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:DumpLoadedClassList=" + list,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dshowdesk.timing=true", "-Dshowdesk.home=" + work.resolve("window-home"),
                "-cp", jar + java.io.File.pathSeparator + monocle, "org.showdesk.Launcher");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        clearJvmOptionVariables(pb);
        Process window = pb.start();
        try {
            long deadline = System.nanoTime() + READY_TIMEOUT_S * 1_000_000_000L;
            while (Files.readAllLines(log).stream().noneMatch(l -> l.startsWith("ready:"))) {
                if (!window.isAlive() || System.nanoTime() > deadline) {
                    throw new Package.PackagingFailed("the window did not show its first transcript headless (Monocle) "
                            + (window.isAlive() ? "within " + READY_TIMEOUT_S + " s" : "and exited") + ", see " + log);
                }
                Thread.sleep(100);
            }
            Thread.sleep(AFTER_READY_MS);
        } finally {
            window.destroy();
            if (!window.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) window.destroyForcibly().waitFor();
        }
        return trainingLines(list);
    }

    /** Runs headless commands on a throw-away show with the demo transcript; returns the classes they loaded. */
    private List<String> headlessTraining(Path jar) throws IOException, InterruptedException {
        Path demo = work.resolve("demo.txt");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(DEMO);
            if (entry == null) throw new Package.PackagingFailed(jar + " has no " + DEMO);
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, demo);
            }
        }
        String show = work.resolve("training.showdesk").toString();
        List<String> loaded = new ArrayList<>();
        loaded.addAll(train("new", show, "--name", "Training"));
        loaded.addAll(train("import", show, demo.toString()));
        String episode = Files.readString(work.resolve("import.out")).strip();
        loaded.addAll(train("check", show, "--episode", episode));
        loaded.addAll(train("split", show, "--episode", episode));
        loaded.addAll(train("export", show, "--episode", episode, "--format", "html", "--out",
                work.resolve("notes.html").toString()));
        return loaded;
    }

    private List<String> train(String... command) throws IOException, InterruptedException {
        Path list = work.resolve(command[0] + ".classlist");
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(command));
        Path out = work.resolve(command[0] + ".out");
        Path err = work.resolve(command[0] + ".err");
        int code = launch(cmd, out, err, "JAVA_TOOL_OPTIONS",
                "-XX:DumpLoadedClassList=" + list + " -Dshowdesk.home=" + work.resolve("home"));
        if (code != 0) {
            throw new Package.PackagingFailed("training run `" + String.join(" ", command) + "` exited with " + code
                    + ": " + Files.readString(err).strip());
        }
        return trainingLines(list);
    }

    private static List<String> trainingLines(Path list) throws IOException {
        // dynamic proxies are named by the order they were made in: another run's $Proxy3 is another class
        return classListLines(Files.readAllLines(list)).stream().filter(l -> !l.contains("$Proxy")).toList();
    }

    /**
     * -Xshare:dump through the image's own launcher, so the archive matches its runtime and class path exactly. The
     * relocatable one is dumped with an empty class path: _JAVA_OPTIONS comes after the launcher's own options.
     */
    private void dump(boolean relocatable) throws IOException, InterruptedException {
        Path log = work.resolve(relocatable ? "dump-relocatable.log" : "dump.log");
        Files.createDirectories(work);
        String options = "-Xshare:dump -XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST)
                + " -XX:SharedArchiveFile=" + appDir.resolve(ARCHIVE) + (relocatable ? " -Djava.class.path=" : "");
        int code = launch(List.of(launcher.toString()), log, log, "_JAVA_OPTIONS", options);
        if (code != 0 || !Files.isRegularFile(appDir.resolve(ARCHIVE))) {
            throw new Package.PackagingFailed("dumping the class-data archive failed (exit code " + code + "), see " + log);
        }
    }

    /** Asks the JVM whether the launcher can use the archive where the image is; returns what it holds. */
    private String verify() throws IOException, InterruptedException {
        Path log = work.resolve("verify.log");
        int code = launch(List.of(launcher.toString()), log, log, "JAVA_TOOL_OPTIONS",
                "-XX:+PrintSharedArchiveAndExit -XX:+PrintSharedDictionary");
        String out = Files.readString(log);
        if (code != 0 || !out.contains("archive is valid")) {
            throw new Package.PackagingFailed("the launcher cannot use the class-data archive it was built with, see " + log);
        }
        long classes = out.lines().filter(l -> l.matches("\\s*\\d+: \\S+ \\w+_loader")).count();
        return String.format(Locale.ROOT, "%d classes, %.1f MB", classes, Files.size(appDir.resolve(ARCHIVE)) / 1e6);
    }

    private static List<String> classListLines(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** Runs the launcher with one JVM option variable set (the others cleared); stdout and stderr may be one file. */
    private static int launch(List<String> cmd, Path stdout, Path stderr, String variable, String value)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout.toFile());
        if (stderr.equals(stdout)) pb.redirectErrorStream(true);
        else pb.redirectError(stderr.toFile());
        clearJvmOptionVariables(pb);
        pb.environment().put(variable, value);
        return pb.start().waitFor();
    }

    private static void clearJvmOptionVariables(ProcessBuilder pb) {
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
    }
}

/**
 * sqlite-jdbc carries its native library for some 25 systems (25 MB) and at every start writes this system's into the
 * temp folder and loads it from there: about 90 ms of CPU, and a 1 MB file left behind whenever Showdesk is killed.
 * In the image this system's library lies in $APPDIR/native, where {@code org.sqlite.lib.path} sends the driver,
 * and the jar keeps its classes only.
 */
final class SqliteNative {
    static final String DIR = "native";
    private static final String NATIVES = "org/sqlite/native/";

    private SqliteNative() {
    }

    /** Copies {@code jar} to {@code to} without native libraries and this system's one into {@code dir}; returns the
     * launcher options that point the driver at it. */
    static List<String> unpack(Path jar, Path to, Path dir) throws IOException {
        String folder;
        String library;
        // the driver's own answer, so that the folder matches the one it would pick at run time
        try (URLClassLoader driver = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            folder = (String) driver.loadClass("org.sqlite.util.OSInfo")
                    .getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
            library = (String) driver.loadClass("org.sqlite.util.LibraryLoaderUtil")
                    .getMethod("getNativeLibName").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new Package.PackagingFailed("cannot ask " + jar.getFileName() + " which native library it uses: " + e);
        }
        Files.createDirectories(dir);
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry lib = zip.getEntry(NATIVES + folder + "/" + library);
            if (lib == null) throw new Package.PackagingFailed(jar.getFileName() + " has no SQLite library for " + folder);
            try (InputStream in = zip.getInputStream(lib)) {
                Files.copy(in, dir.resolve(library));
            }
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith(NATIVES)) continue;
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return List.of("-Dorg.sqlite.lib.path=$APPDIR/" + DIR, "-Dorg.sqlite.lib.name=" + library);
    }
}
