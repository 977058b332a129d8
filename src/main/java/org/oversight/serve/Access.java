package org.oversight.serve;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.oversight.serve.Views.LoginPage;

/**
 * Who may read a server bound beyond loopback: whoever shows its token, as a bearer header (scripts) or by signing in
 * once with a form (people), which sets a cookie. The cookie holds a value derived from the token, never the token,
 * and scripts cannot read it (HttpOnly).
 */
final class Access {
  static final String COOKIE = "oversight_session";

  private final byte[] token;
  private final byte[] session;

  Access(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.session = hmac(this.token, "oversight-session-v1").getBytes(StandardCharsets.UTF_8);
  }

  /** A before-handler: lets a request with the token or the session cookie through, else refuses it. */
  void require(Context ctx) {
    String path = ctx.path();
    if (path.equals("/login") || path.startsWith("/static/")) return;
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
        && MessageDigest.isEqual(auth.substring(7).strip().getBytes(StandardCharsets.UTF_8), token)) {
      return;
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), session)) return;
    boolean page = ctx.method() == HandlerType.GET && auth == null && !path.startsWith("/api/")
        && ctx.queryParam("format") == null && Output.wants(ctx) == Output.Format.HTML;
    if (page) {
      String here = path + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
      ctx.redirect("/login?next=" + Links.enc(here)); // skips the endpoint
      return;
    }
    ctx.header("WWW-Authenticate", "Bearer");
    throw new UnauthorizedResponse("a valid token is required");
  }

  void form(Context ctx) {
    Output.page(ctx, "login.jte", new LoginPage(null, safeNext(ctx.queryParam("next"))));
  }

  void login(Context ctx) {
    String given = ctx.formParam("token");
    String next = safeNext(ctx.formParam("next"));
    if (given != null && MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), token)) {
      ctx.cookie(new Cookie(COOKIE, new String(session, StandardCharsets.UTF_8), "/", -1,
          "https".equals(ctx.scheme()), true, null, SameSite.STRICT));
      ctx.redirect(next, HttpStatus.SEE_OTHER);
      return;
    }
    ctx.status(401);
    Output.page(ctx, "login.jte", new LoginPage("Wrong token.", next));
  }

  /** Only a path of this site: not "//host", not a scheme, no backslash (no open redirect). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) return "/search";
    return next;
  }

  private static String hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
