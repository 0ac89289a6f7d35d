// Runs the jekyllpp binary as a user would and checks exit codes and Jekyll's console lines.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct Run {
   int status;
   std::string output;  // stdout and stderr together (or what `streams` keeps)
};

Run run(const std::string& args, const std::string& streams = "2>&1") {
   std::string command = std::string(JEKYLLPP_BINARY) + " " + args + " " + streams;
   FILE* pipe = popen(command.c_str(), "r");
   std::string output;
   std::array< char, 4096 > buffer;
   while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
   int status = pclose(pipe);
   return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

std::string fixture(const std::string& name) { return std::string(JEKYLLPP_SOURCE_DIR) + "/tests/cli/fixtures/" + name; }

std::string slurp(const std::string& path) {
   std::ifstream in(path);
   std::stringstream text;
   text << in.rdbuf();
   return text.str();
}

// `doctor` on a fixture's src/ (destination /tmp/jekyllpp-cli-doctor): its stderr alone, the
// source path written as <source> (as the recorded expected-stderr has it).
Run doctor_stderr(const std::string& site) {
   Run doctor = run("doctor -s " + site + "/src -d /tmp/jekyllpp-cli-doctor", "2>&1 >/dev/null");
   for (std::size_t at; (at = doctor.output.find(site + "/src")) != std::string::npos;)
      doctor.output.replace(at, site.size() + 4, "<source>");
   return doctor;
}

}  // namespace

TEST_CASE("cli: version, help, missing and unknown subcommands (exe/jekyll)", "[cli]") {
   CHECK(run("--version").output == "jekyllpp 4.3.1\n");
   Run help = run("--help");
   CHECK(help.status == 0);
   CHECK(help.output.find("Subcommands:") != std::string::npos);
   Run none = run("");
   CHECK(none.status == 1);
   CHECK(none.output.find("A subcommand is required.") != std::string::npos);
   Run unknown = run("frobnicate");
   CHECK(unknown.status == 1);
   CHECK(unknown.output.find("fatal: 'jekyllpp frobnicate' could not be found.") != std::string::npos);
}

TEST_CASE("cli: doctor warns of case-only URL differences as Jekyll's (fixtures/doctor-case-urls, expected-stderr recorded from jekyll doctor)",
          "[cli][doctor]") {
   const std::string site = fixture("doctor-case-urls");
   Run doctor = doctor_stderr(site);
   CHECK(doctor.status == 1);
   CHECK(doctor.output == slurp(site + "/expected-stderr"));
}

TEST_CASE("cli: doctor warns of _posts outside collections_dir, reads a scheme as Addressable, and rejects an unknown option as "
          "Mercenary (fixtures/doctor-gathered-posts, recorded from jekyll doctor)",
          "[cli][doctor]") {
   const std::string site = fixture("doctor-gathered-posts");
   Run doctor = doctor_stderr(site);
   CHECK(doctor.status == 1);
   CHECK(doctor.output == slurp(site + "/expected-stderr"));
   Run unknown = run("doctor -s " + site + "/src --bogus", "2>/dev/null");  // stdout alone
   CHECK(unknown.status == 1);
   CHECK(unknown.output == slurp(site + "/expected-stdout-invalid-option"));
}

TEST_CASE("cli: -v/--version of a command prints its name and no version, then exits, as Mercenary does "
          "(fixtures/version-flags: commands, and expected recorded from jekyll)",
          "[cli]") {
   std::istringstream commands(slurp(fixture("version-flags/commands")));
   std::string output;
   for (std::string command; std::getline(commands, command);) {
      Run version = run(command, "2>/dev/null");  // stdout alone
      output += version.output + "exit " + std::to_string(version.status) + "\n";
   }
   CHECK(output == slurp(fixture("version-flags/expected")));
}

TEST_CASE("cli: build logs Jekyll's lines and writes the site", "[cli][build]") {
   std::string dest = "/tmp/jekyllpp-cli-test-site";
   Run build = run("build -s " + fixture("small-site") + " -d " + dest);
   CHECK(build.status == 0);
   CHECK(build.output.find("Configuration file: " + fixture("small-site") + "/_config.yml\n") != std::string::npos);
   CHECK(build.output.find("            Source: " + fixture("small-site") + "\n") != std::string::npos);
   CHECK(build.output.find("       Destination: " + dest + "\n") != std::string::npos);
   CHECK(build.output.find(" Incremental build: disabled. Enable with --incremental\n") != std::string::npos);
   CHECK(build.output.find("      Generating... \n") != std::string::npos);
   CHECK(build.output.find("     Build Warning: Layout 'missing' requested in other.html does not exist.") !=
         std::string::npos);
   CHECK(build.output.find(" Auto-regeneration: disabled. Use --watch to enable.") != std::string::npos);
   CHECK(slurp(dest + "/index.html").find("<html>") == 0);
   Run quiet = run("build -q -s " + fixture("small-site") + " -d " + dest);
   CHECK(quiet.output.find("Build Warning") == std::string::npos);
   Run clean = run("clean -s " + fixture("small-site") + " -d " + dest);
   CHECK(clean.output.find("           Cleaner: Removing " + dest + "...") != std::string::npos);
}

TEST_CASE("cli: a Liquid error fails the build with Jekyll's message", "[cli][errors]") {
   Run build = run("build -s " + fixture("bad-liquid") + " -d /tmp/jekyllpp-cli-test-bad");
   CHECK(build.status == 1);
   CHECK(build.output.find("  Liquid Exception: Liquid syntax error (line 1): Unknown tag 'foo' in index.html") !=
         std::string::npos);
   CHECK(build.output.find("Please append `--trace` to the `build` command") != std::string::npos);
}

TEST_CASE("cli: invalid YAML front matter is a warning for pages", "[cli][errors]") {
   Run build = run("build -s " + fixture("bad-yaml") + " -d /tmp/jekyllpp-cli-test-yaml");
   CHECK(build.status == 0);
   CHECK(build.output.find("YAML Exception reading " + fixture("bad-yaml") + "/index.html") != std::string::npos);
}

// Jekyll renders an excerpt when it is first read, once (Excerpt#output memoizes it): its Liquid
// warning is logged once however many files read it (errors case excerpt-warning-layout: three
// reads in one file). Here many pages read it, rendering on all cores at once.
TEST_CASE("cli: an excerpt read by many files at once renders once", "[cli][excerpt]") {
   const std::string src = "/tmp/jekyllpp-cli-test-excerpt-src";
   std::filesystem::remove_all(src);
   std::filesystem::create_directories(src + "/_posts");
   std::ofstream(src + "/_posts/2020-01-01-x.md") << "---\n---\nYear {{ site.data.chairs.2025 }} here.\n\nMore.\n";
   for (int i = 0; i < 64; ++i)
      std::ofstream(src + "/page" + std::to_string(i) + ".html") << "---\n---\n{{ site.posts[0].excerpt }}\n";
   Run build = run("build -s " + src + " -d /tmp/jekyllpp-cli-test-excerpt");
   CHECK(build.status == 0);
   auto count = [&](const std::string& line) {
      std::size_t found = 0;
      for (std::size_t at = 0; (at = build.output.find(line, at)) != std::string::npos; at += line.size()) ++found;
      return found;
   };
   CHECK(count("Expected id but found number in \"{{ site.data.chairs.2025 }}\" in " + src + "/_posts/2020-01-01-x.md\n") == 1);
   CHECK(count("Expected id but found number in \"{{ site.data.chairs.2025 }}\" in " + src + "/_posts/2020-01-01-x.md/#excerpt\n") == 1);
}
