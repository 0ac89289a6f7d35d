#include "support.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace serve_test {

TempDir::TempDir() {
   char pattern[] = "/tmp/jekyllpp-serve-XXXXXX";
   if (!::mkdtemp(pattern)) throw std::runtime_error("mkdtemp failed");
   path_ = pattern;
}

TempDir::~TempDir() {
   std::error_code ignored;
   std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::write(const std::string& relative, const std::string& content) const {
   std::filesystem::path full = std::filesystem::path(path_) / relative;
   std::filesystem::create_directories(full.parent_path());
   std::ofstream(full, std::ios::binary) << content;
   return full.string();
}

int connect_loopback(unsigned short port) {
   int fd = ::socket(AF_INET, SOCK_STREAM, 0);
   if (fd < 0) return -1;
   sockaddr_in address{};
   address.sin_family = AF_INET;
   address.sin_port = htons(port);
   address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
   timeval timeout{5, 0};
   ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
   if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      ::close(fd);
      return -1;
   }
   return fd;
}

std::string exchange(unsigned short port, const std::string& request) {
   int fd = connect_loopback(port);
   if (fd < 0) return {};
   if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size())) {
      ::close(fd);
      return {};
   }
   std::string raw;
   char buffer[8192];
   ssize_t n;
   while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) raw.append(buffer, static_cast<std::size_t>(n));
   ::close(fd);
   return raw;
}

HttpReply parse_reply(const std::string& raw) {
   HttpReply reply;
   std::size_t end = raw.find("\r\n\r\n");
   if (end == std::string::npos || raw.size() < 12) return reply;
   reply.status = std::atoi(raw.c_str() + 9);
   std::size_t pos = raw.find("\r\n") + 2;
   while (pos < end) {
      std::size_t eol = raw.find("\r\n", pos);
      std::string line = raw.substr(pos, eol - pos);
      std::size_t colon = line.find(':');
      std::string name = line.substr(0, colon);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::size_t value = line.find_first_not_of(' ', colon + 1);
      reply.headers[name] = value == std::string::npos ? "" : line.substr(value);
      pos = eol + 2;
   }
   reply.body = raw.substr(end + 4);
   return reply;
}

HttpReply request(unsigned short port, const std::string& method, const std::string& target,
                  const std::string& extra_header) {
   std::string text = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                      std::to_string(port) + "\r\nConnection: close\r\n";
   if (!extra_header.empty()) text += extra_header + "\r\n";
   text += "\r\n";
   return parse_reply(exchange(port, text));
}

RawWebSocket::RawWebSocket(unsigned short port) : fd_(connect_loopback(port)) {}

RawWebSocket::~RawWebSocket() {
   if (fd_ >= 0) ::close(fd_);
}

std::string RawWebSocket::handshake() {
   std::string upgrade =
      "GET /livereload HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
      "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
      "Sec-WebSocket-Version: 13\r\n\r\n";
   ::send(fd_, upgrade.data(), upgrade.size(), MSG_NOSIGNAL);
   while (buffer_.find("\r\n\r\n") == std::string::npos && fill()) {}
   std::size_t end = buffer_.find("\r\n\r\n");
   if (end == std::string::npos) return {};
   std::string head = buffer_.substr(0, end);
   buffer_.erase(0, end + 4);
   return head;
}

std::string RawWebSocket::read_text() {
   while (buffer_.size() < 2 && fill()) {}
   if (buffer_.size() < 2) return {};
   std::size_t length = static_cast<unsigned char>(buffer_[1]) & 0x7f;
   std::size_t header = 2;
   if (length == 126) {
      while (buffer_.size() < 4 && fill()) {}
      length = (static_cast<unsigned char>(buffer_[2]) << 8) | static_cast<unsigned char>(buffer_[3]);
      header = 4;
   }
   while (buffer_.size() < header + length && fill()) {}
   if (buffer_.size() < header + length) return {};
   std::string text = buffer_.substr(header, length);
   buffer_.erase(0, header + length);
   return text;
}

void RawWebSocket::send_text(const std::string& text) {
   std::string frame = {static_cast<char>(0x81), static_cast<char>(0x80 | text.size())};
   const char mask[4] = {1, 2, 3, 4};
   frame.append(mask, 4);
   for (std::size_t i = 0; i < text.size(); ++i) frame += static_cast<char>(text[i] ^ mask[i % 4]);
   ::send(fd_, frame.data(), frame.size(), MSG_NOSIGNAL);
}

bool RawWebSocket::fill() {
   char chunk[4096];
   ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
   if (n <= 0) return false;
   buffer_.append(chunk, static_cast<std::size_t>(n));
   return true;
}

}  // namespace serve_test
