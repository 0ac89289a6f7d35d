# Summarise a data set
#' Roxygen doc line
library(ggplot2)
data <- read.csv("data.csv", header = TRUE)
mean_value <- mean(data$value, na.rm = TRUE)
x <- c(1, 2.5, 3e4, 0x1F, 10L)
if (is.na(mean_value) || length(x) > 3) {
  print('missing')
} else {
  f <- function(a, b = NULL) a %in% b
}
`odd name` <- TRUE
result <- sapply(1:10, function(i) i^2)
.hidden <- NA_integer_
