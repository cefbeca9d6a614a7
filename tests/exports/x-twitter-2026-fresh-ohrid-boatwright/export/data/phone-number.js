window.YTD.phone_number.part0 = [
  {
    "device" : {
      "phoneNumber" : "+38925550147"
    }
  }
]