window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+5492901555084",
        "carrier" : "ar.claro",
        "deviceType" : "Auth",
        "updatedDate" : "2024.04.02",
        "createdDate" : "2022.01.29"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+5492901555231",
        "carrier" : "ar.movistar",
        "deviceType" : "Auth",
        "updatedDate" : "2022.11.15",
        "createdDate" : "2022.11.15"
      }
    }
  }
]