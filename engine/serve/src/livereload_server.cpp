// The LiveReload reactor: one port that answers WebSocket upgrades with the LiveReload
// protocol and plain GETs of /livereload.js with the client, as Jekyll's HttpAwareConnection.
#include "jekyllpp/serve/livereload_server.hpp"

#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

namespace jekyllpp::serve {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

constexpr const char* kHello =
   "{\"command\":\"hello\",\"protocols\":[\"http://livereload.com/protocols/official-7\"],"
   "\"serverName\":\"jekyll\"}";

std::string json_string(std::string_view text) {
   std::string out = "\"";
   for (char c : text) {
      switch (c) {
         case '"': out += "\\\""; break;
         case '\\': out += "\\\\"; break;
         case '\n': out += "\\n"; break;
         case '\r': out += "\\r"; break;
         case '\t': out += "\\t"; break;
         default:
            if (static_cast<unsigned char>(c) < 0x20) {
               char buffer[8];
               std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
               out += buffer;
            } else {
               out += c;
            }
      }
   }
   return out + "\"";
}

class Browser;

// The browsers connected, touched only on the server's thread.
using Browsers = std::set<std::shared_ptr<Browser>>;

class Browser : public std::enable_shared_from_this<Browser> {
public:
   Browser(tcp::socket socket, Browsers& browsers)
      : socket_(std::move(socket)), browsers_(browsers) {}

   // Websocket upgrade or a plain GET of the script.
   void start() {
      http::async_read(socket_, buffer_, request_,
                       [self = shared_from_this()](beast::error_code ec, std::size_t) {
                          if (!ec) self->dispatch();
                       });
   }

   void send(std::shared_ptr<const std::string> message) {
      outbox_.push_back(std::move(message));
      if (outbox_.size() == 1 && ws_) write_next();
   }

private:
   void dispatch() {
      if (websocket::is_upgrade(request_)) {
         ws_.emplace(std::move(socket_));
         ws_->set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
         ws_->async_accept(request_, [self = shared_from_this()](beast::error_code ec) {
            if (ec) return;
            self->browsers_.insert(self);
            self->ws_->text(true);
            self->send(std::make_shared<const std::string>(kHello));
            self->read_messages();
         });
         return;
      }
      reply_ = {};
      reply_.version(request_.version());
      reply_.keep_alive(false);
      if (request_.method() == http::verb::get &&
          request_.target().substr(0, 14) == "/livereload.js") {
         reply_.result(http::status::ok);
         reply_.set(http::field::content_type, "application/javascript");
         reply_.body() = kLiveReloadClient;
      } else {
         reply_.result(http::status::bad_request);
         reply_.set(http::field::content_type, "text/plain");
         reply_.body() = "This port only serves livereload.js over HTTP.\n";
      }
      reply_.prepare_payload();
      http::async_write(socket_, reply_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
         self->socket_.shutdown(tcp::socket::shutdown_send, ec);
      });
   }

   // Browsers say "hello" and "url"; none of it needs an answer.
   void read_messages() {
      incoming_.clear();
      ws_->async_read(incoming_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
         if (ec) {
            self->browsers_.erase(self);
            return;
         }
         self->read_messages();
      });
   }

   void write_next() {
      ws_->async_write(net::buffer(*outbox_.front()),
                       [self = shared_from_this()](beast::error_code ec, std::size_t) {
                          if (ec) {
                             self->browsers_.erase(self);
                             return;
                          }
                          self->outbox_.pop_front();
                          if (!self->outbox_.empty()) self->write_next();
                       });
   }

   tcp::socket socket_;
   Browsers& browsers_;
   beast::flat_buffer buffer_;
   http::request<http::string_body> request_;
   http::response<http::string_body> reply_;
   std::optional<websocket::stream<tcp::socket>> ws_;
   beast::flat_buffer incoming_;
   std::deque<std::shared_ptr<const std::string>> outbox_;
};

}  // namespace

struct LiveReloadServer::Impl {
   net::io_context ioc{1};
   tcp::acceptor acceptor{ioc};
   std::thread thread;
   Browsers browsers;
   unsigned short port = 0;

   void accept() {
      acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
         if (ec == net::error::operation_aborted) return;
         if (!ec) std::make_shared<Browser>(std::move(socket), browsers)->start();
         accept();
      });
   }
};

LiveReloadServer::LiveReloadServer() : impl_(std::make_unique<Impl>()) {}

LiveReloadServer::~LiveReloadServer() { stop(); }

void LiveReloadServer::start(const std::string& host, unsigned short port) {
   tcp::resolver resolver(impl_->ioc);
   beast::error_code ec;
   auto endpoints = resolver.resolve(host, std::to_string(port), ec);
   if (ec || endpoints.empty()) throw std::runtime_error("cannot resolve " + host + ": " + ec.message());
   tcp::endpoint endpoint = *endpoints.begin();
   impl_->acceptor.open(endpoint.protocol());
   impl_->acceptor.set_option(net::socket_base::reuse_address(true));
   impl_->acceptor.bind(endpoint, ec);
   if (ec) {
      throw std::runtime_error(ec.message() + " - bind(2) for " + host + ":" + std::to_string(port));
   }
   impl_->acceptor.listen(net::socket_base::max_listen_connections);
   impl_->port = impl_->acceptor.local_endpoint().port();
   impl_->accept();
   impl_->thread = std::thread([this] { impl_->ioc.run(); });
}

unsigned short LiveReloadServer::port() const { return impl_->port; }

void LiveReloadServer::reload(const std::vector<std::string>& paths) {
   std::vector<std::shared_ptr<const std::string>> messages;
   messages.reserve(paths.size());
   for (const std::string& path : paths) {
      messages.push_back(std::make_shared<const std::string>(
         "{\"command\":\"reload\",\"path\":" + json_string(path) + ",\"liveCSS\":true}"));
   }
   net::post(impl_->ioc, [this, messages = std::move(messages)] {
      for (const auto& browser : impl_->browsers) {
         for (const auto& message : messages) browser->send(message);
      }
   });
}

std::size_t LiveReloadServer::connections() const {
   if (!impl_->thread.joinable()) return 0;
   std::promise<std::size_t> count;
   auto future = count.get_future();
   net::post(impl_->ioc, [this, &count] { count.set_value(impl_->browsers.size()); });
   return future.get();
}

void LiveReloadServer::stop() {
   if (!impl_->thread.joinable()) return;
   net::post(impl_->ioc, [this] {
      beast::error_code ignored;
      impl_->acceptor.close(ignored);
      impl_->browsers.clear();
      impl_->ioc.stop();
   });
   impl_->thread.join();
}

}  // namespace jekyllpp::serve
