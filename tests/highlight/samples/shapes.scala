package example.shapes

import scala.collection.mutable.ListBuffer
import scala.util.{Try, Success}

/** A shape with an area. */
sealed trait Shape { def area: Double }

case class Circle(r: Double) extends Shape {
  override def area: Double = math.Pi * r * r
}

final class Square[T <: AnyVal](val side: Double) extends Shape with Serializable {
  def area = side * side
  def +(other: Square[T]): Square[T] = new Square(side + other.side)
}

object Main extends App {
  val shapes: List[Shape] = List(Circle(1.0), new Square(2))
  var total = 0.0
  for (s <- shapes if s.area > 0.5) total += s.area
  val names = shapes.map {
    case Circle(r) => s"circle $r"
    case _: Square[_] => "square"
  }
  implicit val ord: Ordering[Int] = Ordering.Int
  lazy val big = 0x7fffffffL + 1.5e3 + 2f
  val sym = 'done
  val c = 'x'
  val text = """multi
    line"""
  type Pair = (Int, String)
  println(names.mkString(", ")) // done
  /* nested /* comment */ still */
  Try(1 / 0) match { case Success(v) => v; case _ => -1 }
}
