// The Beast side of the site server: accepting, reading requests (over TLS with --ssl-cert and
// --ssl-key, as WEBrick's SSLEnable), writing responses. What a response holds is decided in
// respond.cpp.
#include "jekyllpp/serve/http_server.hpp"

#include <climits>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "pages.hpp"
#include "respond.hpp"

namespace jekyllpp::serve {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

namespace {

// What every session reads: the configuration and the state of the last build.
struct SiteState {
   HttpConfig config;
   std::string root;
   mutable std::mutex error_mutex;
   std::shared_ptr<const std::string> build_error;

   std::shared_ptr<const std::string> current_error() const {
      std::lock_guard<std::mutex> lock(error_mutex);
      return build_error;
   }
};

std::string header_value(const http::request<http::string_body>& request, http::field field) {
   auto it = request.find(field);
   return it == request.end() ? std::string() : std::string(it->value());
}

// One connection; Stream is beast::tcp_stream, or an ssl_stream over one.
template <class Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
public:
   template <class... Layers>
   Session(const SiteState& server, Layers&&... layers)
      : stream_(std::forward<Layers>(layers)...), server_(server) {}

   void start() {
      if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
         read();
      } else {
         beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(60));
         stream_.async_handshake(ssl::stream_base::server,
                                 [self = this->shared_from_this()](beast::error_code ec) {
                                    if (!ec) self->read();
                                 });
      }
   }

private:
   void read() {
      parser_.emplace();
      parser_->body_limit(1 << 20);
      beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(60));
      http::async_read(stream_, buffer_, *parser_,
                       [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                          self->on_read(ec);
                       });
   }

   void close() {
      beast::error_code ignored;
      if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
         stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
      } else {
         stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) {});
      }
   }

   void on_read(beast::error_code ec) {
      if (ec) {
         close();
         return;
      }
      const auto& message = parser_->get();
      Request request;
      request.method = std::string(message.method_string());
      request.target = std::string(message.target());
      request.host = header_value(message, http::field::host);
      request.range = header_value(message, http::field::range);
      request.if_modified_since = header_value(message, http::field::if_modified_since);
      request.if_none_match = header_value(message, http::field::if_none_match);
      request.user_agent = header_value(message, http::field::user_agent);
      auto error = server_.current_error();
      Response answer = respond(server_.config, server_.root, request, error.get());

      response_ = {};
      response_.version(message.version());
      response_.result(answer.status);
      for (auto& header : answer.headers) response_.insert(header.first, header.second);
      response_.set(http::field::server, "jekyllpp");
      response_.set(http::field::date, http_date(std::time(nullptr)));
      response_.keep_alive(message.keep_alive());
      response_.body() = std::move(answer.body);
      if (answer.head_length) {
         response_.content_length(*answer.head_length);
      } else if (answer.status != 304) {
         response_.prepare_payload();
      }
      http::async_write(stream_, response_,
                        [self = this->shared_from_this()](beast::error_code write_error, std::size_t) {
                           self->on_write(write_error);
                        });
   }

   void on_write(beast::error_code ec) {
      if (ec) return;
      if (!response_.keep_alive()) {
         close();
         return;
      }
      read();
   }

   Stream stream_;
   beast::flat_buffer buffer_;
   std::optional<http::request_parser<http::string_body>> parser_;
   http::response<http::string_body> response_;
   const SiteState& server_;
};

}  // namespace

struct HttpServer::Impl {
   SiteState site;
   net::io_context ioc{1};
   tcp::acceptor acceptor{ioc};
   std::optional<ssl::context> tls;
   std::thread thread;
   unsigned short port = 0;

   void accept() {
      acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
         if (ec == net::error::operation_aborted) return;
         if (!ec && tls) {
            std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(site, std::move(socket), *tls)->start();
         } else if (!ec) {
            std::make_shared<Session<beast::tcp_stream>>(site, std::move(socket))->start();
         }
         accept();
      });
   }

   // WEBrick's SSLCertificate and SSLPrivateKey, from PEM files.
   void load_tls() {
      const HttpConfig& config = site.config;
      if (config.ssl_cert_file.empty() || config.ssl_key_file.empty()) return;
      tls.emplace(ssl::context::tls_server);
      beast::error_code ec;
      tls->use_certificate_chain_file(config.ssl_cert_file, ec);
      if (ec) throw std::runtime_error("cannot load the SSL certificate " + config.ssl_cert_file + ": " + ec.message());
      tls->use_private_key_file(config.ssl_key_file, ssl::context::pem, ec);
      if (ec) throw std::runtime_error("cannot load the SSL key " + config.ssl_key_file + ": " + ec.message());
   }
};

HttpServer::HttpServer(HttpConfig config) : impl_(std::make_unique<Impl>()) {
   impl_->site.config = std::move(config);
}

HttpServer::~HttpServer() { stop(); }

void HttpServer::start() {
   char real[PATH_MAX];
   if (!::realpath(impl_->site.config.root.c_str(), real)) {
      throw std::runtime_error("The destination " + impl_->site.config.root + " does not exist.");
   }
   impl_->site.root = real;
   impl_->load_tls();
   tcp::resolver resolver(impl_->ioc);
   beast::error_code ec;
   auto endpoints = resolver.resolve(impl_->site.config.host, std::to_string(impl_->site.config.port), ec);
   if (ec || endpoints.empty()) {
      throw std::runtime_error("cannot resolve " + impl_->site.config.host + ": " + ec.message());
   }
   tcp::endpoint endpoint = *endpoints.begin();
   impl_->acceptor.open(endpoint.protocol());
   impl_->acceptor.set_option(net::socket_base::reuse_address(true));
   impl_->acceptor.bind(endpoint, ec);
   if (ec) {
      throw std::runtime_error(ec.message() + " - bind(2) for " + impl_->site.config.host + ":" +
                               std::to_string(impl_->site.config.port));
   }
   impl_->acceptor.listen(net::socket_base::max_listen_connections);
   impl_->port = impl_->acceptor.local_endpoint().port();
   impl_->accept();
   impl_->thread = std::thread([this] { impl_->ioc.run(); });
}

unsigned short HttpServer::port() const { return impl_->port; }

void HttpServer::show_build_error(std::string message) {
   std::lock_guard<std::mutex> lock(impl_->site.error_mutex);
   impl_->site.build_error = std::make_shared<const std::string>(std::move(message));
}

void HttpServer::clear_build_error() {
   std::lock_guard<std::mutex> lock(impl_->site.error_mutex);
   impl_->site.build_error.reset();
}

void HttpServer::stop() {
   if (!impl_->thread.joinable()) return;
   net::post(impl_->ioc, [this] {
      beast::error_code ignored;
      impl_->acceptor.close(ignored);
      impl_->ioc.stop();
   });
   impl_->thread.join();
}

}  // namespace jekyllpp::serve
