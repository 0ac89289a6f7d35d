; A boot sector that prints a message
%define SECTOR 512
        BITS 16
        ORG 0x7c00

start:
        mov ax, 0x07c0          ; data segment
        mov ds, ax
        mov si, message
        call print
        jmp $

print:  lodsb
        cmp al, 0
        je .done
        mov ah, 0eh
        int 10h
        jmp print
.done:  ret

count   equ 10
message db "Hello, world", 13, 10, 0
buffer  times 510-($-$$) db 0
        dw 0xAA55
