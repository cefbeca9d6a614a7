window.YTD.message_event.part0 = [
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "sHtcX1bb71TG-IfllC86jdlV_EAkMc5FuuEidNG0Egsjr6sYMVae_GnDMHqcgC6qPEJCgybVQQb86ZxaleQS3A",
        "publicKeyVersion" : "1758299960114",
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1rQBylEoUZQPyyHYVESdRFtx6NheXrBNEWV65m9FRhpDuLwdwHNvtyfZOH20nVJKQo2lYRejF6VKTzcRcmmsuw=="
      },
      "createdAtMsec" : "1758301742913",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxNTI5Mzg0NzEwMjkzODQ3MDQ1IiwgInJlY2lwaWVudCI6ICIxNDg3MjIwOTUxMTYzNDA0MjkwIiwgInZhbGlkU2luY2VNU2VjIjogIjE3NDU4ODQ4MDAwMDAifQ.m10wF4Zll10Vb4gvUUawlF3ccB2HjHFXKXuFoO3TVKE",
      "senderId" : "1529384710293847045",
      "conversationId" : "1487220951163404290:1529384710293847045",
      "messageId" : "8c1e4f2a-6b3d-4e97-a0c5-2f7d91b4e6a3",
      "detail" : {
        "markConversationReadEvent" : {
          "seenUntilSequenceId" : "1968871203395416064",
          "seenAtMillis" : "1758301742700"
        }
      },
      "sequenceId" : "1968875118240321536"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "bG_nuVJApHFPplEupuT2cHvatxrC4sQKp3zjOi3D0j-B1HstEhRFV49HZfPqfVnIAu7a3-ukkQqn_jkhI5YwRA",
        "publicKeyVersion" : "1757022408771",
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1rQBylEoUZQPyyHYVESdRFtx6NheXrBNEWV65m9FRhpDuLwdwHNvtyfZOH20nVJKQo2lYRejF6VKTzcRcmmsuw=="
      },
      "createdAtMsec" : "1758355018402",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxNDg3MjIwOTUxMTYzNDA0MjkwIiwgInJlY2lwaWVudCI6ICIxNTI5Mzg0NzEwMjkzODQ3MDQ1IiwgInZhbGlkU2luY2VNU2VjIjogIjE3NDU4ODQ4MDAwMDAifQ.Znk5cZmGFPLdto-OkA61apmi_D10xnmA_fWlwDqRgqo",
      "senderId" : "1487220951163404290",
      "conversationId" : "1487220951163404290:1529384710293847045",
      "messageId" : "e4b7092d-31fa-4c5e-8d6b-94a2c0f1d758",
      "detail" : {
        "markConversationReadEvent" : {
          "seenUntilSequenceId" : "1969098640188567552",
          "seenAtMillis" : "1758355018251"
        }
      },
      "sequenceId" : "1969098655619203072"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "YvOAieKE9rsajYKoWO_FkCJqjAgKY7mB1JqB8n1DKTPBOWKf2mYD241WbHKKCjkb1twvdIxx81uL5XKY8ZrCHQ",
        "publicKeyVersion" : "1758299960114",
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1rQBylEoUZQPyyHYVESdRFtx6NheXrBNEWV65m9FRhpDuLwdwHNvtyfZOH20nVJKQo2lYRejF6VKTzcRcmmsuw=="
      },
      "createdAtMsec" : "1760127465030",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJyZXF1ZXN0aW5nVXNlciI6ICIxNTI5Mzg0NzEwMjkzODQ3MDQ1IiwgInJlY2lwaWVudCI6ICIxNjAzMTE4ODQ1NTIwNzUyNjQxIiwgInZhbGlkU2luY2VNU2VjIjogIjE3NDU4ODQ4MDAwMDAifQ.UVEwR__nLkCniYTVuixyPkVW5Kt2K4fKNzgfBwQfOM4",
      "senderId" : "1529384710293847045",
      "conversationId" : "1529384710293847045:1603118845520752641",
      "messageId" : "3a9f6c15-d2e8-47b0-b913-5c0e7a28f4d6",
      "detail" : {
        "markConversationReadEvent" : {
          "seenUntilSequenceId" : "1976518210054397952",
          "seenAtMillis" : "1760127464877"
        }
      },
      "sequenceId" : "1976532076338454528"
    }
  }
]