vcl 4.0;
import std;
# comment
// comment
/* block */
backend default { .host = "127.0.0.1"; .port = "8080"; .connect_timeout = 1.5s; }
acl purge { "localhost"; "192.168.0.0"/24; }
sub vcl_recv {
    if (req.method == "PURGE" && client.ip ~ purge) { return (synth(200, "Purged")); }
    set req.http.X-Forwarded-For = req.http.X-Forwarded-For + ", " + client.ip;
    set var.count = 0x1F + 10 + 1.5e3 + 0x1.8p1;
    unset beresp.http.Set-Cookie;
    std.log("msg\n");
    set beresp.ttl = 2h;
    synthetic({"<html>long "string"</html>"});
    synthetic({xyz"heredoc"xyz});
    C{ printf("inline C %d\n", 1); }C
    if (!req.url !~ "^/admin" || true) { ban("x"); }
}
