window.YTD.message_event.part0 = [
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "Qm9ndXNTaWduYXR1cmVGb3JUZXN0aW5nT25seS1pbnZlbnRlZC0wMDAxLWJsdWZmLWRyZWRnZQ",
        "publicKeyVersion" : "1741655012904",
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaW52ZW50ZWRUZXN0S2V5Rm9yRG9zc2llckNvcnB1c09ubHlCbHVmZk95c3RlckRyZWRnZXIwMDAxMjM0NQ=="
      },
      "createdAtMsec" : "1747044318220",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJpbnZlbnRlZCI6ICJ0cnVlIn0.aW52ZW50ZWQtdG9rZW4tZm9yLXRlc3Rz",
      "senderId" : "1587234409912873984",
      "conversationId" : "1587234409912873984:1702918834455560192",
      "messageId" : "7b3e91c2-5d0a-4f8e-9a61-2c4d8e0f1a37",
      "detail" : {
        "markConversationReadEvent" : {
          "seenUntilSequenceId" : "1921877003412650001",
          "seenAtMillis" : "1747044318101"
        }
      },
      "sequenceId" : "1921877109934522368"
    }
  },
  {
    "messageEvent" : {
      "messageEventSignature" : {
        "signature" : "QW5vdGhlckJvZ3VzU2lnbmF0dXJlLWludmVudGVkLTAwMDItYmx1ZmYtZHJlZGdlLXRlc3Q",
        "publicKeyVersion" : "1741655012904",
        "signatureVersion" : "4",
        "signingPublicKey" : "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaW52ZW50ZWRUZXN0S2V5Rm9yRG9zc2llckNvcnB1c09ubHlCbHVmZk95c3RlckRyZWRnZXIwMDAxMjM0NQ=="
      },
      "createdAtMsec" : "1748312907553",
      "conversationToken" : "eyJhbGciOiJIUzI1NiJ9.eyJpbnZlbnRlZCI6ICJ0d28ifQ.aW52ZW50ZWQtdG9rZW4tdHdv",
      "senderId" : "1587234409912873984",
      "conversationId" : "1587234409912873984:1644021193387671552",
      "messageId" : "c05f7a18-93be-4e2d-8d17-6ab1f4e27c90",
      "detail" : {
        "markConversationReadEvent" : {
          "seenUntilSequenceId" : "1927198450021334016",
          "seenAtMillis" : "1748312907412"
        }
      },
      "sequenceId" : "1927198511990210560"
    }
  }
]
