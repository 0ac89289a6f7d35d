#pragma once
// A plain build writes each rendered file as soon as its render is done, under its temporary
// name, and frees its output, so the next renders reuse that memory instead of faulting in
// fresh pages; the write phase then renames each into place. A failed render removes the
// temporaries and the directories made for them: the destination is left as it was.
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

namespace jekyllpp::site {

class Site;
class MadeDirectories;
struct Document;

class RenderedWrites {
public:
   // Plans the rendered files to write: published, inside the destination, not overridden by
   // a later file with the same destination (the write phase reports those cases).
   explicit RenderedWrites(Site& site);
   ~RenderedWrites();

   // After `doc` rendered (its plugins' post_render hooks too): writes it under its temporary
   // name (Document::output_file) and frees its output, when planned. A failure keeps the output
   // for the write phase, which reports it where Jekyll would.
   void write(Document& doc);
   // The render failed: removes the temporaries written and the directories made for them.
   void abandon();

   // The write phase: the directories made so far, the temporaries' suffix; then committed()
   // once each temporary is renamed or removed.
   MadeDirectories& directories() { return *dirs_; }
   const std::string& suffix() const { return suffix_; }
   // Whether the destination was there before this build (else nothing in it is obsolete).
   bool destination_existed() const { return destination_existed_; }
   void committed();

private:
   std::string dest_;
   std::string suffix_;
   std::unique_ptr< MadeDirectories > dirs_;
   std::unordered_set< const Document* > planned_;
   std::mutex mutex_;
   std::vector< std::string > temporaries_;  // written, not yet renamed
   bool committed_ = false;  // the write phase took them over (or the render failed)
   bool destination_existed_ = false;
};

// A rendered file's output, read back from its file when its buffer was freed once written.
std::string output_of(const Document& doc);

}  // namespace jekyllpp::site
