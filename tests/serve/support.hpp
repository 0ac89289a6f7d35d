#pragma once
// Test helpers: a scratch folder and a raw loopback HTTP client (plain POSIX sockets, so the
// tests need no Beast of their own).
#include <map>
#include <string>

namespace serve_test {

class TempDir {
public:
   TempDir();
   ~TempDir();
   const std::string& path() const { return path_; }
   // Writes `content` to PATH (folders created); returns the absolute path.
   std::string write(const std::string& relative, const std::string& content) const;

private:
   std::string path_;
};

struct HttpReply {
   int status = 0;
   std::map<std::string, std::string> headers;   // lower-case names, the last one wins
   std::string body;
};

// Connects to 127.0.0.1:port; -1 on failure.
int connect_loopback(unsigned short port);
// Sends `request` as is and reads until the server closes; "" on failure.
std::string exchange(unsigned short port, const std::string& request);
HttpReply parse_reply(const std::string& raw);
// GET (or METHOD) with Connection: close and optional extra header lines ("Range: ...").
HttpReply request(unsigned short port, const std::string& method, const std::string& target,
                  const std::string& extra_header = "");

// A browser's side of a WebSocket, enough for the LiveReload protocol.
class RawWebSocket {
public:
   explicit RawWebSocket(unsigned short port);
   ~RawWebSocket();
   // Sends the upgrade request; returns the server's response head.
   std::string handshake();
   // Reads one unmasked text frame from the server ("" when none comes).
   std::string read_text();
   // Sends a masked text frame, as browsers must.
   void send_text(const std::string& text);

private:
   bool fill();
   int fd_;
   std::string buffer_;
};

}  // namespace serve_test
