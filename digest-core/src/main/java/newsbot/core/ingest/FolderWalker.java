package newsbot.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the article files under a folder without reading them. Symbolic links are not followed
 * out of the folder; a link to a file inside it is listed like the file.
 */
final class FolderWalker {
    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("md", "markdown", "txt", "text", "html", "htm", "xhtml");

    FolderListing walk(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        List<FoundFile> files = new ArrayList<>();
        List<FileError> errors = new ArrayList<>();
        Set<String> unlisted = new HashSet<>();
        int[] skipped = {0};
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(realRoot) && isHidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(realRoot, file);
                if (isHidden(file)) {
                    skipped[0]++;
                } else if (attrs.isSymbolicLink()) {
                    visitLink(realRoot, file, rel, files, errors, skipped);
                } else if (!attrs.isRegularFile()) {
                    errors.add(new FileError(rel, "not a regular file (device, pipe or socket)"));
                } else if (!isArticleName(file)) {
                    skipped[0]++;
                } else {
                    files.add(new FoundFile(rel, file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String rel = relative(realRoot, file);
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    unlisted.add(rel);
                    errors.add(new FileError(rel.isEmpty() ? "." : rel, "folder could not be read: " + describe(e)));
                } else {
                    errors.add(new FileError(rel, "file could not be read: " + describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    String rel = relative(realRoot, dir);
                    unlisted.add(rel);
                    errors.add(new FileError(rel.isEmpty() ? "." : rel, "folder listing failed: " + describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return new FolderListing(files, errors, unlisted, skipped[0]);
    }

    private static void visitLink(Path realRoot, Path link, String rel, List<FoundFile> files,
                                  List<FileError> errors, int[] skipped) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realRoot)) {
                errors.add(new FileError(rel, "symbolic link to " + target + ", outside the articles folder: not followed"));
            } else if (Files.isDirectory(target)) {
                errors.add(new FileError(rel, "symbolic link to a folder: not followed"));
            } else if (!isArticleName(link)) {
                skipped[0]++;
            } else {
                BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
                files.add(new FoundFile(rel, target, a.size(), a.lastModifiedTime().toMillis()));
            }
        } catch (NoSuchFileException e) {
            errors.add(new FileError(rel, "broken symbolic link: its target does not exist"));
        } catch (IOException e) {
            errors.add(new FileError(rel, "symbolic link could not be resolved: " + describe(e)));
        }
    }

    static boolean isArticleName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return true; // no extension: real crawlers write such files; the parser decides
        }
        String ext = name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        // Names like "标题.Q1财报" have a dot inside the title, not an extension.
        return ARTICLE_EXTENSIONS.contains(ext) || ext.length() > 8 || !ext.chars().allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch));
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String relative(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared during the scan";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
