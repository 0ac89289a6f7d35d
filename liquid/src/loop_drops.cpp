#include "loop_drops.hpp"

namespace jekyllpp::liquid {

Value ForloopDrop::get(std::string_view key) const {
   if (key == "index") return Value(index_ + 1);
   if (key == "index0") return Value(index_);
   if (key == "rindex") return Value(length_ - index_);
   if (key == "rindex0") return Value(length_ - index_ - 1);
   if (key == "first") return Value(index_ == 0);
   if (key == "last") return Value(index_ == length_ - 1);
   if (key == "length") return Value(length_);
   if (key == "name") return Value(name_);
   if (key == "parentloop") return parent_ ? Value(parent_) : Value();
   return Value();
}

std::vector< std::string > ForloopDrop::keys() const {
   return {"length", "parentloop", "name", "index", "index0", "rindex", "rindex0", "first", "last"};
}

Value TablerowloopDrop::get(std::string_view key) const {
   if (key == "index") return Value(index_ + 1);
   if (key == "index0") return Value(index_);
   if (key == "rindex") return Value(length_ - index_);
   if (key == "rindex0") return Value(length_ - index_ - 1);
   if (key == "first") return Value(index_ == 0);
   if (key == "last") return Value(index_ == length_ - 1);
   if (key == "length") return Value(length_);
   if (key == "col") return Value(col_);
   if (key == "col0") return Value(col_ - 1);
   if (key == "row") return Value(row_);
   if (key == "col_first") return Value(col_ == 1);
   if (key == "col_last") return Value(col_ == cols_);
   return Value();
}

std::vector< std::string > TablerowloopDrop::keys() const {
   return {"length", "col", "row", "index", "index0", "col0", "rindex", "rindex0", "first", "last", "col_first", "col_last"};
}

void TablerowloopDrop::increment() const {
   ++index_;
   if (col_ == cols_) {
      col_ = 1;
      ++row_;
   } else {
      ++col_;
   }
}

}  // namespace jekyllpp::liquid
