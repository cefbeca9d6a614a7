window.YTD.app.part0 = [
  {
    "app" : {
      "appId" : "in.example.gombebazaar",
      "appNames" : [
        "Gombe Bazaar: Handmade Toys",
        "ಗೊಂಬೆ ಬಜಾರ್: ಕೈಯಿಂದ ಮಾಡಿದ ಆಟಿಕೆಗಳು",
        "गोम्बे बाज़ार: हस्तनिर्मित खिलौने"
      ]
    }
  },
  {
    "app" : {
      "appId" : "com.example.lacledger",
      "appNames" : [
        "Lac Ledger – Small Workshop Accounts"
      ]
    }
  },
  {
    "app" : {
      "appId" : "org.example.nammasarige",
      "appNames" : [
        "Namma Sarige: Bus & Metro",
        "ನಮ್ಮ ಸಾರಿಗೆ"
      ]
    }
  }
]