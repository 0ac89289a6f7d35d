#pragma once
// The LiveReload server Jekyll runs beside the site: the LiveReload protocol (official-7)
// over WebSocket, and livereload.js over plain HTTP on the same port.
#include <memory>
#include <string>
#include <vector>

namespace jekyllpp::serve {

class LiveReloadServer {
public:
   LiveReloadServer();
   ~LiveReloadServer();
   LiveReloadServer(const LiveReloadServer&) = delete;
   LiveReloadServer& operator=(const LiveReloadServer&) = delete;

   // Binds and starts serving on a thread of its own; port 0 picks a free port.
   // Throws std::runtime_error when the address cannot be bound.
   void start(const std::string& host, unsigned short port);
   unsigned short port() const;
   // Sends {"command":"reload","path":P,"liveCSS":true} for each path to every browser.
   void reload(const std::vector<std::string>& paths);
   std::size_t connections() const;
   void stop();

private:
   struct Impl;
   std::unique_ptr<Impl> impl_;
};

// The client script served as /livereload.js.
extern const char* const kLiveReloadClient;

}  // namespace jekyllpp::serve
