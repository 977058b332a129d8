package org.oversight.extract;

import java.io.File;

/**
 * Whether Tesseract is installed: Tika runs it on PDF pages without a text layer when it is on the PATH. Without it
 * those pages stay empty, and a run says so once, with how to install it.
 */
public final class Ocr {
  private static final boolean AVAILABLE = onPath("tesseract");

  private Ocr() {}

  public static boolean available() {
    return AVAILABLE;
  }

  /** How to get OCR, for the message a run prints when pages had no text. */
  public static String howToInstall() {
    return "install Tesseract to OCR them (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng)";
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(File.pathSeparator)) {
      File f = new File(dir, program);
      if (f.isFile() && f.canExecute()) return true;
    }
    return false;
  }
}
