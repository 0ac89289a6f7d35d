module Main exposing (main, Model)

import Html exposing (Html, div, text)
import Html.Attributes as Attr

{-| The model.
  {- nested -}
-}
type alias Model =
    { count : Int, title : String }

type Msg = Increment | Reset

update : Msg -> Model -> Model
update msg model =
    case msg of
        Increment ->
            { model | count = model.count + 1 }
        Reset ->
            { model | count = 0x10 * 2 // 3 }

view : Model -> Html Msg
view model =
    let
        label = "Count: \"" ++ String.fromInt model.count
    in
    div [ Attr.class "counter" ] [ text label, text """multi
line""" ] |> identity

main = \_ -> 'c' -- lambda
