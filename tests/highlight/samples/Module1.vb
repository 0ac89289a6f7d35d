Option Strict On
Imports System.Collections.Generic

Namespace Site
    ' A page counter
    Public Class Counter
        Private Shared total As Integer = 0
        Dim names As New List(Of String)

        Public Function Add(ByVal name As String) As Integer
            If name Is Nothing OrElse name = "" Then Return total
            names.Add(name & "!")
            total += 1
            Console.WriteLine("Added ""{0}"" at {1}", name, #1/1/2024#)
            Return total * 2.5 + &H1F + 10UL
        End Function

        REM an old-style comment
        Sub Reset()
            total = 0 : names.Clear() _

        End Sub
    End Class
End Namespace
