import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step: writes the classes of a jar into a class directory with their class-file version
 * raised to Java 8 and their stack map frames computed. picocli is compiled for Java 5, and JDK
 * 17's class-data sharing neither verifies such classes when it makes an archive nor archives the
 * classes that implement their interfaces (every command's handlers), so each jsa start verified
 * them again with the old verifier (~20 ms). Classes at Java 8 or newer are written unchanged.
 *
 * <p>Run as a source file, with ASM and the jar on the class path (frames need the class
 * hierarchy): {@code java -cp asm.jar:JAR UpgradeClassVersion.java JAR CLASS_DIR}.
 */
public final class UpgradeClassVersion {
    private UpgradeClassVersion() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: UpgradeClassVersion JAR CLASS_DIR");
        }
        Path output = Path.of(args[1]);
        try (ZipFile jar = new ZipFile(args[0])) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                // module-info stays out, as the shaded jar leaves every module-info out
                if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.startsWith("META-INF/")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = jar.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                ClassReader reader = new ClassReader(bytes);
                if (reader.readShort(6) < Opcodes.V1_8) {
                    bytes = toJava8(reader);
                }
                Path target = output.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
    }

    private static byte[] toJava8(ClassReader reader) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public void visit(
                            int version,
                            int access,
                            String name,
                            String signature,
                            String superName,
                            String[] interfaces) {
                        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
                    }
                },
                0);
        return writer.toByteArray();
    }
}
