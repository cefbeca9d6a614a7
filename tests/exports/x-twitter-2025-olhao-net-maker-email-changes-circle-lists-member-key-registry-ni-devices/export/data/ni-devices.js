window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+15555550148",
        "carrier" : "pt.meo",
        "deviceType" : "Auth",
        "updatedDate" : "2024.11.02",
        "createdDate" : "2021.06.18"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+15555550193",
        "carrier" : "pt.vodafone",
        "deviceType" : "Auth",
        "updatedDate" : "2022.09.30",
        "createdDate" : "2022.02.11"
      }
    }
  }
]