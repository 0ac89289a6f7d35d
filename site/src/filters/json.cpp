#include "filters/json.hpp"

#include <cmath>

#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/site/drops.hpp"

namespace jekyllpp::site::filters {

namespace {

void append_json_string(std::string& out, std::string_view text) {
   static const char digits[] = "0123456789abcdef";
   out += '"';
   for (char c : text) {
      const auto byte = static_cast< unsigned char >(c);
      switch (c) {
         case '"': out += "\\\""; break;
         case '\\': out += "\\\\"; break;
         case '\b': out += "\\b"; break;
         case '\f': out += "\\f"; break;
         case '\n': out += "\\n"; break;
         case '\r': out += "\\r"; break;
         case '\t': out += "\\t"; break;
         default:
            if (byte < 0x20) {
               out += "\\u00";
               out += digits[byte >> 4];
               out += digits[byte & 15];
            } else {
               out += c;
            }
      }
   }
   out += '"';
}

// DocumentDrop#hash_for_json: nested two levels deep, a document's neighbours lose the
// fields that would recurse.
bool collapsed_field(std::string_view key) {
   return key == "content" || key == "output" || key == "excerpt" || key == "next" || key == "previous";
}

class JsonWriter {
public:
   explicit JsonWriter(bool pretty) : pretty_(pretty) {}

   std::string take() { return std::move(out_); }

   void write(const liquid::Value& value, int depth) {
      using Type = liquid::Value::Type;
      switch (value.type()) {
         case Type::Nil: out_ += "null"; break;
         case Type::Bool: out_ += value.as_bool() ? "true" : "false"; break;
         case Type::Integer: out_ += std::to_string(value.as_integer()); break;
         case Type::Float: write_float(value.as_float()); break;
         case Type::String: append_json_string(out_, value.as_string()); break;
         case Type::Array: write_array(value.as_array(), depth); break;
         case Type::Hash: write_hash(value.as_hash(), depth); break;
         case Type::Drop: write_drop(value.as_drop(), depth); break;
         case Type::Time:
         case Type::Range: append_json_string(out_, liquid::to_output(value)); break;
      }
   }

private:
   void write_float(double d) {
      if (std::isnan(d)) throw liquid::Error(liquid::Error::Kind::Standard, "1003: NaN not allowed in JSON");
      if (std::isinf(d))
         throw liquid::Error(liquid::Error::Kind::Standard,
                             std::string("1003: ") + (d < 0 ? "-" : "") + "Infinity not allowed in JSON");
      out_ += liquid::float_to_s(d);
   }

   void newline(int depth) {
      if (!pretty_) return;
      out_ += '\n';
      out_.append(std::size_t(depth) * 2, ' ');
   }

   void write_array(const liquid::Array& array, int depth) {
      out_ += '[';
      if (array.empty() && pretty_) out_ += '\n';
      bool first = true;
      for (const liquid::Value& item : array) {
         if (!first) out_ += ',';
         first = false;
         newline(depth + 1);
         write(item, depth + 1);
      }
      newline(depth);
      out_ += ']';
   }

   void write_key(std::string_view key) {
      append_json_string(out_, key);
      out_ += pretty_ ? ": " : ":";
   }

   void write_hash(const liquid::Hash& hash, int depth) {
      out_ += '{';
      bool first = true;
      for (const auto& [key, item] : hash) {
         if (!first) out_ += ',';
         first = false;
         newline(depth + 1);
         write_key(key);
         write(item, depth + 1);
      }
      newline(depth);
      out_ += '}';
   }

   void write_drop(const liquid::Drop& drop, int depth) {
      const auto* fields = dynamic_cast< const JsonFieldsDrop* >(&drop);
      out_ += '{';
      bool first = true;
      for (const liquid::Value& key_object : drop.key_objects()) {
         const std::string key = liquid::to_output(key_object);  // JSON's keys are strings: "2026"
         if (!first) out_ += ',';
         first = false;
         newline(depth + 1);
         write_key(key);
         const liquid::Value item = fields ? fields->json_field(key) : drop.value_at(key_object);
         if (depth >= 2 && (key == "next" || key == "previous") && item.is_drop()) {
            write_collapsed(item.as_drop(), depth + 1);
         } else {
            write(item, depth + 1);
         }
      }
      newline(depth);
      out_ += '}';
   }

   void write_collapsed(const liquid::Drop& drop, int depth) {
      out_ += '{';
      bool first = true;
      for (const liquid::Value& key_object : drop.key_objects()) {
         const std::string key = liquid::to_output(key_object);
         if (collapsed_field(key)) continue;
         if (!first) out_ += ',';
         first = false;
         newline(depth + 1);
         write_key(key);
         write(drop.value_at(key_object), depth + 1);
      }
      newline(depth);
      out_ += '}';
   }

   bool pretty_;
   std::string out_;
};

}  // namespace

std::string to_json(const liquid::Value& value) {
   JsonWriter writer(false);
   writer.write(value, 0);
   return writer.take();
}

std::string to_pretty_json(const liquid::Value& value) {
   JsonWriter writer(true);
   writer.write(value, 0);
   return writer.take();
}

std::string jekyll_inspect(const liquid::Value& value) {
   // A Jekyll drop inspects as pretty JSON, a plain Liquid::Drop as its class name (its to_s),
   // a drop standing for a hash as that hash.
   if (value.is_drop()) {
      const liquid::Drop& drop = value.as_drop();
      if (drop.each() == liquid::Drop::Each::None) return drop.to_s();
      if (drop.each() == liquid::Drop::Each::Keys) return to_pretty_json(value);
      return jekyll_inspect(liquid::Value(drop.to_hash()));
   }
   if (value.is_array()) {
      std::string out = "[";
      bool first = true;
      for (const liquid::Value& item : value.as_array()) {
         if (!first) out += ", ";
         first = false;
         // An array's documents and static files are Jekyll's objects (site.posts, where's
         // results): their own inspect; a drop met alone came through a variable (its to_liquid).
         const std::optional< std::string > object = item.is_drop() ? object_inspect(item.as_drop()) : std::nullopt;
         out += object ? *object : jekyll_inspect(item);
      }
      return out + "]";
   }
   if (value.is_hash()) {
      std::string out = "{";
      bool first = true;
      for (const auto& entry : value.as_hash()) {
         if (!first) out += ", ";
         first = false;
         out += liquid::inspect(liquid::hash_key(value.as_hash(), entry));
         out += "=>";
         out += jekyll_inspect(entry.second);
      }
      return out + "}";
   }
   return liquid::inspect(value);
}

}  // namespace jekyllpp::site::filters
