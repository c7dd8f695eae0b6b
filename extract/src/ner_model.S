/* The shipped German NER model (extract/models/de-ner.bin), embedded in the library. */
    .section .rodata
    .global kg_ner_model_begin
    .global kg_ner_model_end
    .balign 16
kg_ner_model_begin:
    .incbin KG_NER_MODEL_FILE
kg_ner_model_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
