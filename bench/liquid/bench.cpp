// jekyllpp side of the Liquid benchmark: parse each template once, render it RUNS times,
// print "NAME MEDIAN_MS MD5-OF-OUTPUT" lines (compare with bench.rb's).
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include <openssl/md5.h>
#include <yaml-cpp/yaml.h>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/template.hpp"

namespace liquid = jekyllpp::liquid;

static std::string read_file(const std::string& path) {
   std::ifstream in(path, std::ios::binary);
   std::ostringstream s;
   s << in.rdbuf();
   return s.str();
}

// JSON through yaml-cpp: quoted scalars are strings, plain ones numbers/bools/null.
static liquid::Value to_value(const YAML::Node& n) {
   if (n.IsSequence()) {
      liquid::Array a;
      for (const auto& e : n) a.push_back(to_value(e));
      return liquid::Value(std::move(a));
   }
   if (n.IsMap()) {
      liquid::Hash h;
      for (const auto& kv : n) h.set(kv.first.Scalar(), to_value(kv.second));
      return liquid::Value(std::move(h));
   }
   if (!n.IsScalar() || n.Scalar() == "null") return liquid::Value();
   const std::string& s = n.Scalar();
   if (n.Tag() == "!") return liquid::Value(s);
   if (s == "true" || s == "false") return liquid::Value(s == "true");
   if (s.find_first_of(".eE") == std::string::npos) return liquid::Value(std::stoll(s));
   return liquid::Value(std::stod(s));
}

class Partials : public liquid::FileSystem {
public:
   explicit Partials(std::string dir) : dir_(std::move(dir)) {}
   std::string read_template_file(const std::string& name) const override {
      return read_file(dir_ + "/" + name + ".liquid");
   }

private:
   std::string dir_;
};

// CPU time of the process, in ms: on the shared build machine wall time also counts the time
// other processes hold the cores (it varied up to 5x between runs); bench.rb measures the same.
static double cpu_ms() {
   timespec t;
   clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
   return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

static std::string md5_hex(const std::string& s) {
   unsigned char d[MD5_DIGEST_LENGTH];
   MD5(reinterpret_cast< const unsigned char* >(s.data()), s.size(), d);
   char hex[2 * MD5_DIGEST_LENGTH + 1];
   for (int i = 0; i < MD5_DIGEST_LENGTH; ++i) std::snprintf(hex + 2 * i, 3, "%02x", d[i]);
   return hex;
}

int main(int argc, char** argv) {
   if (argc < 3) {
      std::fprintf(stderr, "usage: %s BENCH_DIR DATA.json [RUNS]\n", argv[0]);
      return 2;
   }
   const std::string dir = argv[1];
   const int runs = argc > 3 ? std::atoi(argv[3]) : 20;
   const liquid::Value data = to_value(YAML::LoadFile(argv[2]));
   static const liquid::Environment env = liquid::Environment::standard();
   auto partials = std::make_shared< Partials >(dir + "/templates");
   for (const char* name : {"loops", "products", "blog"}) {
      liquid::ParseOptions options;
      options.error_mode = liquid::ErrorMode::Warn;
      liquid::Template t = liquid::Template::parse(read_file(dir + "/templates/" + name + ".liquid"), env, options);
      std::vector< double > ms;
      std::string output;
      for (int i = 0; i < runs; ++i) {
         const double t0 = cpu_ms();
         liquid::Context context(env, data);
         context.set_file_system(partials);
         output = t.render(context);
         ms.push_back(cpu_ms() - t0);
      }
      std::sort(ms.begin(), ms.end());
      std::printf("%s %.3f %s\n", name, ms[ms.size() / 2], md5_hex(output).c_str());
   }
}
