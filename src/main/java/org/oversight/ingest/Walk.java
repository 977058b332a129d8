package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;

/**
 * The files under the paths given, every one accounted for: hidden files and folders are left out; symbolic links to
 * folders are followed, each folder visited once (a link back to a folder above is a loop, named and not followed);
 * an unreadable folder or a broken link is a failure of its own and the walk goes on. Files are identified by
 * {@link FileNames#identity}, so two names that differ in any byte are two files.
 *
 * @param files regular files, in a stable order
 * @param failures folders and links that could not be read
 * @param skipped what was left out on purpose, counted by reason
 * @param folders the folders given (whose files the index may know from earlier runs)
 * @param unread folders given or found whose contents could not be read in full
 */
record Walk(List<Path> files, List<Failure> failures, Map<String, Integer> skipped, List<Path> folders,
    List<Path> unread) {

  /** Walks the given paths, leaving out the folder {@code exclude} (the index, when it lies among them). */
  static Walk of(List<Path> inputs, Path exclude) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    List<Path> folders = new ArrayList<>();
    List<Path> unread = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<Object> visited = new HashSet<>(); // (device, inode) of each folder and file: reached twice through links
    Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
    for (Path in : inputs) {
      if (!Files.isDirectory(in)) {
        if (seen.add(FileNames.identity(in))) files.add(in); // a missing file fails when it is read, by name
        continue;
      }
      folders.add(in);
      Files.walkFileTree(in, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(in) && hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
          if (excluded != null && dir.toAbsolutePath().normalize().equals(excluded)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Object key = attrs.fileKey();
          if (key != null && !visited.add(key)) {
            skipped.merge("folder reached twice through links", 1, Integer::sum);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (hidden(file)) return FileVisitResult.CONTINUE;
          if (attrs.isSymbolicLink()) { // followed links are seen as links only when their target is gone
            failures.add(new Failure(file, FailureKind.UNREADABLE, "broken symbolic link (its target does not exist)"));
            return FileVisitResult.CONTINUE;
          }
          if (!attrs.isRegularFile()) {
            skipped.merge("not a regular file (device, pipe, socket)", 1, Integer::sum);
            return FileVisitResult.CONTINUE;
          }
          if (file.getFileName().toString().startsWith("manifest.jsonl")) return FileVisitResult.CONTINUE;
          Object key = attrs.fileKey();
          if (key != null && !visited.add(key)) {
            skipped.merge("file reached twice through links", 1, Integer::sum);
            return FileVisitResult.CONTINUE;
          }
          if (seen.add(FileNames.identity(file))) files.add(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (hidden(file)) return FileVisitResult.CONTINUE;
          if (e instanceof FileSystemLoopException) {
            skipped.merge("symbolic link loops back to a folder above it (not followed)", 1, Integer::sum);
            return FileVisitResult.CONTINUE;
          }
          boolean folder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(file);
          if (folder) unread.add(file);
          failures.add(new Failure(file, FailureKind.UNREADABLE, reason(e, folder)));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            unread.add(dir);
            failures.add(new Failure(dir, FailureKind.UNREADABLE, "folder could not be read to the end: "
                + e.getMessage()));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }
    files.sort(null);
    return new Walk(files, failures, skipped, folders, unread);
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(IOException e, boolean folder) {
    if (e instanceof AccessDeniedException) {
      return folder ? "folder not readable (permission denied)" : "not readable (permission denied)";
    }
    if (e instanceof NoSuchFileException) return "broken symbolic link (its target does not exist)";
    return (folder ? "folder" : "file") + " cannot be read: " + e.getMessage();
  }
}
