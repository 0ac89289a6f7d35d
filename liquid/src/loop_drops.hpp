#pragma once
// Liquid's forloop and tablerowloop objects.
#include <algorithm>
#include <cstdint>
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid {

inline bool known_key(const std::vector< std::string >& keys, std::string_view key) {
   return std::find(keys.begin(), keys.end(), key) != keys.end();
}

class ForloopDrop : public Drop {
public:
   ForloopDrop(std::string name, std::int64_t length, DropPtr parent)
       : name_(std::move(name)), length_(length), parent_(std::move(parent)) {}
   Value get(std::string_view key) const override;
   std::vector< std::string > keys() const override;
   bool has_key(std::string_view key) const override { return known_key(keys(), key); }
   bool liquid_method_missing() const override { return true; }
   std::string to_s() const override { return "Liquid::ForloopDrop"; }
   void increment() const { ++index_; }

private:
   std::string name_;
   std::int64_t length_;
   DropPtr parent_;
   mutable std::int64_t index_ = 0;
};

class TablerowloopDrop : public Drop {
public:
   TablerowloopDrop(std::int64_t length, std::int64_t cols) : length_(length), cols_(cols) {}
   Value get(std::string_view key) const override;
   std::vector< std::string > keys() const override;
   bool has_key(std::string_view key) const override { return known_key(keys(), key); }
   bool liquid_method_missing() const override { return true; }
   std::string to_s() const override { return "Liquid::TablerowloopDrop"; }
   void increment() const;
   std::int64_t col() const { return col_; }
   std::int64_t row() const { return row_; }
   bool col_last() const { return col_ == cols_; }
   bool last() const { return index_ == length_ - 1; }

private:
   std::int64_t length_, cols_;
   mutable std::int64_t row_ = 1, col_ = 1, index_ = 0;
};

}  // namespace jekyllpp::liquid
